// What a member sees instead of clusters: the services would answer 403 anyway.
import { ClustersIcon } from '@/components/icons';
import { EmptyState } from '@/components/ui/empty-state';

export function ClustersAdminsOnly({ orgName }: { orgName: string }) {
  return (
    <EmptyState icon={<ClustersIcon className="size-5" />} title="Only owners and admins manage clusters">
      Ask an admin of {orgName} which clusters your workspaces run on.
    </EmptyState>
  );
}
