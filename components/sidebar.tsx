// The console's left column: organization switcher, the organization's sections, theme and user.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { AuditIcon, BookIcon, ClustersIcon, Logo, MembersIcon, RobotIcon, SettingsIcon, WorkspacesIcon } from './icons';
import { NavLink } from './nav-link';
import { OrgSwitcher, type OrgOption } from './org-switcher';
import { ThemeToggle } from './theme-toggle';

const SECTIONS = [
  { path: 'workspaces', label: 'Workspaces', icon: <WorkspacesIcon /> },
  { path: 'clusters', label: 'Clusters', icon: <ClustersIcon /> },
  { path: 'members', label: 'Members', icon: <MembersIcon /> },
  { path: 'service-accounts', label: 'Service accounts', icon: <RobotIcon /> },
  { path: 'audit', label: 'Audit log', icon: <AuditIcon /> },
  { path: 'api', label: 'API reference', icon: <BookIcon /> },
  { path: 'settings', label: 'Settings', icon: <SettingsIcon /> },
] as const;

export type SidebarSection = (typeof SECTIONS)[number]['path'];

export function Sidebar({
  org,
  organizations,
  sections,
  userMenu,
}: {
  org: OrgOption;
  organizations: OrgOption[];
  /** The sections this user may open; all of them when omitted. */
  sections?: readonly SidebarSection[];
  userMenu?: ReactNode;
}) {
  const visible = SECTIONS.filter((s) => !sections || sections.includes(s.path));
  return (
    <aside className="flex h-dvh w-64 max-w-[85vw] shrink-0 md:h-screen md:w-60 flex-col gap-4 border-r border-border bg-surface px-3 py-4">
      <Link href={`/orgs/${org.slug}`} className="flex items-center gap-2 self-start rounded-md px-1.5">
        <Logo />
        <span className="text-base font-semibold tracking-tight">Flotilla</span>
      </Link>
      <OrgSwitcher current={org} organizations={organizations} />
      <nav aria-label="Main" className="flex flex-1 flex-col gap-0.5">
        {visible.map((s) => (
          <NavLink key={s.path} href={`/orgs/${org.slug}/${s.path}`} icon={s.icon}>
            {s.label}
          </NavLink>
        ))}
      </nav>
      <div className="flex flex-col gap-1 border-t border-border pt-3">
        <ThemeToggle />
        {userMenu}
      </div>
    </aside>
  );
}
