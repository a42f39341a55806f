import type { Metadata } from 'next';
import { SavepointIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Savepoints · ${(await params).ws}` };
}

export default function Page() {
  return (
    <PlaceholderPage
      level={2}
      title="Savepoints"
      description="Snapshots of the state of jobs, taken on request, on upgrade or periodically."
      icon={<SavepointIcon className="size-5" />}
      emptyTitle="No savepoints yet"
      emptyText="Savepoints of the applications and session jobs of this workspace appear here, with their paths."
    />
  );
}
