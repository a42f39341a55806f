// A workspace's area: its name and namespace, and tabs for what lives in it.
import type { ReactNode } from 'react';
import { AppIcon, LockIcon, OverviewIcon, SavepointIcon, SessionIcon } from '@/components/icons';
import { NavLink } from '@/components/nav-link';

export default async function WorkspaceLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const base = `/orgs/${org}/workspaces/${ws}`;
  const tabs = [
    { href: base, label: 'Overview', icon: <OverviewIcon />, exact: true },
    { href: `${base}/applications`, label: 'Applications', icon: <AppIcon /> },
    { href: `${base}/sessions`, label: 'Sessions', icon: <SessionIcon /> },
    { href: `${base}/savepoints`, label: 'Savepoints', icon: <SavepointIcon /> },
    { href: `${base}/access`, label: 'Access', icon: <LockIcon /> },
  ];
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-4 border-b border-border">
        <div>
          <p className="text-xs font-medium tracking-wide text-fg-muted uppercase">Workspace</p>
          <h1 className="text-2xl font-semibold tracking-tight">{ws}</h1>
        </div>
        <nav aria-label="Workspace" className="flex gap-6">
          {tabs.map((t) => (
            <NavLink key={t.href} href={t.href} exact={t.exact} icon={t.icon} variant="tab">
              {t.label}
            </NavLink>
          ))}
        </nav>
      </div>
      {/* One flex item, so a page's own spacing is not doubled by the gap. */}
      <div>{children}</div>
    </div>
  );
}
