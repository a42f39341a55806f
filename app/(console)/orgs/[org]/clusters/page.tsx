// The organization's Kubernetes clusters with live health, and the least-privilege identity
// Flotilla needs in one.
import type { Metadata } from 'next';
import Link from 'next/link';
import { ClustersIcon } from '@/components/icons';
import { ClustersAdminsOnly } from '@/components/clusters/admins-only';
import { ClustersTable } from '@/components/clusters/clusters-table';
import { LeastPrivilegeManifest } from '@/components/clusters/least-privilege-manifest';
import { buttonClasses } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { listClusters } from '@/lib/clusters';

export const metadata: Metadata = { title: 'Clusters' };

const DESCRIPTION = 'The Kubernetes clusters your workspaces run on: their address, health and Flink operator.';

export default async function Page({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await getPageOrgCtx(org);
  if (!orgRoleAllows(ctx.orgRole, 'clusters.read')) {
    return (
      <>
        <PageHeader title="Clusters" description={DESCRIPTION} />
        <ClustersAdminsOnly orgName={ctx.organization.name} />
      </>
    );
  }
  const clusters = await listClusters(ctx);
  const register = orgRoleAllows(ctx.orgRole, 'clusters.write') ? (
    <Link href={`/orgs/${org}/clusters/new`} className={buttonClasses()}>
      Register cluster
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader title="Clusters" description={DESCRIPTION} actions={clusters.length > 0 ? register : undefined} />
      <div className="flex flex-col gap-8">
        {clusters.length === 0 ? (
          <EmptyState icon={<ClustersIcon className="size-5" />} title="No clusters registered" action={register}>
            Register a Kubernetes cluster that runs the Apache Flink Kubernetes Operator. Flotilla checks its connection, permissions and CRDs.
          </EmptyState>
        ) : (
          <ClustersTable orgSlug={org} initial={clusters} />
        )}
        <Card title="The identity Flotilla needs in a cluster">
          <LeastPrivilegeManifest />
        </Card>
      </div>
    </>
  );
}
