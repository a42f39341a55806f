// One cluster: live health, what Flotilla knows of it, its last connection report, and the
// admin's actions (test, edit, delete).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ClusterOverview } from '@/components/clusters/cluster-overview';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { EditClusterDialog } from '@/components/clusters/edit-cluster-dialog';
import { TestConnectionButton } from '@/components/clusters/test-connection-button';
import { PageHeader } from '@/components/ui/page-header';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { getCluster } from '@/lib/clusters';
import { NotFoundError } from '@/lib/errors';
import { deleteClusterAction, testClusterConnectionAction, updateClusterAction } from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ cluster: string }> }): Promise<Metadata> {
  return { title: `Cluster ${decodeURIComponent((await params).cluster)}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; cluster: string }> }) {
  const { org, cluster: raw } = await params;
  const name = decodeURIComponent(raw);
  const ctx = await getPageOrgCtx(org);
  if (!orgRoleAllows(ctx.orgRole, 'clusters.read')) notFound();
  const cluster = await getCluster(ctx, name).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const canWrite = orgRoleAllows(ctx.orgRole, 'clusters.write');
  return (
    <>
      <PageHeader
        title={cluster.name}
        description={cluster.description || undefined}
        actions={
          canWrite ? (
            <>
              <TestConnectionButton orgSlug={org} name={cluster.name} action={testClusterConnectionAction.bind(null, org, cluster.name)} />
              <EditClusterDialog key={cluster.updatedAt} orgSlug={org} cluster={cluster} action={updateClusterAction.bind(null, org, cluster.name)} />
              <ConfirmActionButton
                label="Delete"
                variant="danger"
                size="md"
                title={`Delete cluster ${cluster.name}?`}
                description="Flotilla forgets the cluster and its credentials. Nothing in the cluster changes. A cluster that workspaces use cannot be deleted."
                confirmLabel="Delete cluster"
                done={`Cluster ${cluster.name} deleted.`}
                then={`/orgs/${org}/clusters`}
                action={deleteClusterAction.bind(null, org, cluster.name)}
              />
            </>
          ) : undefined
        }
      />
      <ClusterOverview orgSlug={org} initial={cluster} />
    </>
  );
}
