import type { Metadata } from 'next';
import { WorkspacesIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export const metadata: Metadata = { title: 'Workspaces' };

export default function Page() {
  return (
    <PlaceholderPage
      title="Workspaces"
      description="Each workspace is one namespace in a registered cluster, with its own access grants."
      icon={<WorkspacesIcon className="size-5" />}
      emptyTitle="No workspaces yet"
      emptyText="Create a workspace on a registered cluster to start running Flink applications and sessions in it."
    />
  );
}
