import type { Metadata } from 'next';
import { SavepointIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export const metadata: Metadata = { title: 'Savepoints' };

export default function Page() {
  return (
    <PlaceholderPage
      title="Savepoints"
      description="Snapshots of the state of jobs, taken on request, on upgrade or periodically."
      icon={<SavepointIcon className="size-5" />}
      emptyTitle="No savepoints yet"
      emptyText="Savepoints of the applications and session jobs of this workspace appear here, with their paths."
    />
  );
}
