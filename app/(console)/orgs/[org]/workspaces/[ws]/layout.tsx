// A workspace's area: its header (name, live state, namespace), tabs for what lives in it, and a
// notice on every page while the workspace's cluster cannot be used. A workspace the user holds
// no role in (or that does not exist) is a 404.
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { AppIcon, LockIcon, OverviewIcon, SavepointIcon, SessionIcon, SettingsIcon } from '@/components/icons';
import { NavLink } from '@/components/nav-link';
import { ClusterNotice } from '@/components/workspaces/cluster-notice';
import { WorkspaceHeader } from '@/components/workspaces/workspace-header';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { getWorkspace } from '@/lib/workspaces';

async function loadWorkspace(org: string, ws: string) {
  const ctx = await getPageOrgCtx(org);
  try {
    return { workspace: await getWorkspace(ctx, ws), orgRole: ctx.orgRole };
  } catch (err) {
    if (err instanceof NotFoundError) notFound();
    throw err;
  }
}

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const { workspace, orgRole } = await loadWorkspace(org, ws);
  const base = `/orgs/${org}/workspaces/${ws}`;
  // Only organization admins may open a cluster's page.
  const clusterHref = orgRoleAllows(orgRole, 'clusters.read') ? `/orgs/${org}/clusters/${encodeURIComponent(workspace.cluster.name)}` : null;
  const tabs = [
    { href: base, label: 'Overview', icon: <OverviewIcon />, exact: true },
    { href: `${base}/applications`, label: 'Applications', icon: <AppIcon /> },
    { href: `${base}/sessions`, label: 'Sessions', icon: <SessionIcon /> },
    { href: `${base}/savepoints`, label: 'Savepoints', icon: <SavepointIcon /> },
    { href: `${base}/access`, label: 'Access', icon: <LockIcon /> },
    { href: `${base}/settings`, label: 'Settings', icon: <SettingsIcon /> },
  ];
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-4 border-b border-border">
        <WorkspaceHeader orgSlug={org} initial={workspace} />
        <nav aria-label="Workspace" className="flex gap-6 overflow-x-auto">
          {tabs.map((t) => (
            <NavLink key={t.href} href={t.href} exact={t.exact} icon={t.icon} variant="tab">
              {t.label}
            </NavLink>
          ))}
        </nav>
      </div>
      {/* One flex item, so a page's own spacing is not doubled by the gap. */}
      <div>
        <ClusterNotice orgSlug={org} initial={workspace} clusterHref={clusterHref} />
        {children}
      </div>
    </div>
  );
}
