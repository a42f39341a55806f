// The authenticated console: sidebar, top bar with breadcrumbs, and the content area (the frame,
// and the narrow screens' navigation drawer, are ConsoleShell's). Signed-out
// visitors go to sign-in; an organization the user does not belong to is a 404.
import type { ReactNode } from 'react';
import { ConsoleShell } from '@/components/console-shell';
import { Sidebar, type SidebarSection } from '@/components/sidebar';
import { UserMenu } from '@/components/user-menu';
import { getPageOrgCtx } from '@/lib/auth/session';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { listMyOrganizations } from '@/lib/organizations/mine';

export default async function OrgLayout({ children, params }: { children: ReactNode; params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await getPageOrgCtx(org);
  const organizations = await listMyOrganizations(ctx);
  // Hiding what a role cannot open is a convenience; the services are the gate.
  const sections: SidebarSection[] = ['workspaces'];
  if (orgRoleAllows(ctx.orgRole, 'clusters.read')) sections.push('clusters');
  if (orgRoleAllows(ctx.orgRole, 'members.read')) sections.push('members');
  if (orgRoleAllows(ctx.orgRole, 'service_accounts.read')) sections.push('service-accounts');
  if (orgRoleAllows(ctx.orgRole, 'audit.read')) sections.push('audit');
  // The API reference is for everyone who may use the API (any member, through a token).
  sections.push('api', 'settings');
  const user = ctx.actor.type === 'user' ? ctx.actor : null;
  return (
    <ConsoleShell sidebar={<Sidebar org={ctx.organization} organizations={organizations} sections={sections} userMenu={user && <UserMenu name={user.name} email={user.email} />} />}>
      {children}
    </ConsoleShell>
  );
}
