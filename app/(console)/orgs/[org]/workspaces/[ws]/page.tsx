// A workspace's overview: its state and what to do about it, where it lives, and what its
// cluster says right now. The cluster is read while the page streams (a slow one never holds
// up the workspace's header), then the panel keeps itself live.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Suspense } from 'react';
import { Skeleton } from '@/components/ui/skeleton';
import { WorkspaceOverviewPanel } from '@/components/workspaces/workspace-overview';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { getWorkspaceOverview } from '@/lib/workspaces';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Overview · ${(await params).ws}` };
}

async function LiveOverview({ org, ws }: { org: string; ws: string }) {
  const ctx = await getPageOrgCtx(org);
  const overview = await getWorkspaceOverview(ctx, ws).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  // Only organization admins may open a cluster's page.
  const clusterHref = orgRoleAllows(ctx.orgRole, 'clusters.read') ? `/orgs/${org}/clusters/${encodeURIComponent(overview.workspace.cluster.name)}` : null;
  return <WorkspaceOverviewPanel orgSlug={org} initial={overview} clusterHref={clusterHref} />;
}

function OverviewSkeleton() {
  return (
    <div className="grid gap-6 lg:grid-cols-3" aria-busy="true">
      <p className="sr-only">Reading the cluster…</p>
      <Skeleton className="h-36 lg:col-span-2" />
      <Skeleton className="h-72 lg:row-span-2" />
      <Skeleton className="h-32 lg:col-span-2" />
      <Skeleton className="h-48 lg:col-span-3" />
    </div>
  );
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  return (
    <Suspense fallback={<OverviewSkeleton />}>
      <LiveOverview org={org} ws={ws} />
    </Suspense>
  );
}
