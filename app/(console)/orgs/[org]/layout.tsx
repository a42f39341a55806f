// The authenticated console: sidebar, top bar with breadcrumbs, and the content area. Signed-out
// visitors go to sign-in; an organization the user does not belong to is a 404.
import type { ReactNode } from 'react';
import { Breadcrumbs } from '@/components/breadcrumbs';
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
  sections.push('settings');
  const user = ctx.actor.type === 'user' ? ctx.actor : null;
  return (
    <div className="flex min-h-screen">
      <a href="#content" className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2 focus:font-medium focus:shadow-lg">
        Skip to content
      </a>
      <Sidebar org={ctx.organization} organizations={organizations} sections={sections} userMenu={user && <UserMenu name={user.name} email={user.email} />} />
      <div className="flex min-w-0 flex-1 flex-col">
        <header className="sticky top-0 z-10 flex h-14 items-center border-b border-border bg-surface/80 px-8 backdrop-blur">
          <Breadcrumbs />
        </header>
        <main id="content" className="mx-auto w-full max-w-6xl flex-1 px-8 py-8">
          {children}
        </main>
      </div>
    </div>
  );
}
