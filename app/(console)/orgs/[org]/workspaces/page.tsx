// The workspaces the signed-in user may see, with their live state.
import type { Metadata } from 'next';
import { WorkspacesIcon } from '@/components/icons';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { CreateWorkspaceDialog } from '@/components/workspaces/create-workspace-dialog';
import { WorkspacesTable } from '@/components/workspaces/workspaces-table';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { listClusters } from '@/lib/clusters';
import { listWorkspaces } from '@/lib/workspaces';
import { createWorkspaceAction } from './actions';

export const metadata: Metadata = { title: 'Workspaces' };

export default async function Page({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await getPageOrgCtx(org);
  const workspaces = await listWorkspaces(ctx);
  const canCreate = orgRoleAllows(ctx.orgRole, 'workspaces.create');
  const clusters = canCreate ? (await listClusters(ctx)).map((c) => c.name) : [];
  const create = canCreate ? <CreateWorkspaceDialog action={createWorkspaceAction.bind(null, org)} clusters={clusters} /> : undefined;
  return (
    <>
      <PageHeader title="Workspaces" description="Each workspace is one namespace in a registered cluster, with its own access grants." actions={workspaces.length > 0 ? create : undefined} />
      {workspaces.length === 0 ? (
        <EmptyState icon={<WorkspacesIcon className="size-5" />} title="No workspaces yet" action={create}>
          {canCreate
            ? clusters.length === 0
              ? 'Register a cluster first, then create a workspace on it.'
              : 'Create a workspace on a registered cluster to start running Flink applications and sessions in it.'
            : 'No workspace has been shared with you yet. Ask an organization admin for access.'}
        </EmptyState>
      ) : (
        <WorkspacesTable orgSlug={org} initial={workspaces} />
      )}
    </>
  );
}
