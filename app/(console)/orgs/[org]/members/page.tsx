// The organization's people: members with their roles, and open invitations. Owners and admins
// manage them; a member sees that they have no access here (the services answer 403 anyway).
import type { Metadata } from 'next';
import { InvitationsTable } from '@/components/members/invitations-table';
import { InviteDialog } from '@/components/members/invite-dialog';
import { MembersTable } from '@/components/members/members-table';
import { NoAccess } from '@/components/members/no-access';
import { assignableRoles } from '@/components/members/roles';
import { PageHeader } from '@/components/ui/page-header';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { listInvitations } from '@/lib/invitations';
import { listMembers } from '@/lib/members';
import { changeMemberRoleAction, createInvitationAction, removeMemberAction, revokeInvitationAction } from './actions';

export const metadata: Metadata = { title: 'Members' };

const DESCRIPTION = 'People in this organization and their roles. Owners and admins invite people and manage their roles.';

export default async function MembersPage({ params }: { params: Promise<{ org: string }> }) {
  const { org } = await params;
  const ctx = await getPageOrgCtx(org);
  if (!orgRoleAllows(ctx.orgRole, 'members.read')) {
    return (
      <>
        <PageHeader title="Members" description={DESCRIPTION} />
        <NoAccess what="members" orgName={ctx.organization.name} />
      </>
    );
  }
  const [members, invitations] = await Promise.all([listMembers(ctx), listInvitations(ctx)]);
  const canManage = orgRoleAllows(ctx.orgRole, 'members.write');
  return (
    <>
      <PageHeader
        title="Members"
        description={DESCRIPTION}
        actions={canManage && <InviteDialog action={createInvitationAction.bind(null, org)} roles={assignableRoles(ctx.orgRole)} />}
      />
      <div className="flex flex-col gap-8">
        <MembersTable
          orgSlug={org}
          orgName={ctx.organization.name}
          members={members}
          viewer={{ userId: ctx.actor.id ?? '', role: ctx.orgRole, canManage }}
          actions={{ changeRole: changeMemberRoleAction, remove: removeMemberAction }}
        />
        <section className="flex flex-col gap-3">
          <h2 className="text-sm font-semibold">Invitations</h2>
          {invitations.length === 0 ? (
            <p className="text-sm text-fg-muted">No open invitations.</p>
          ) : (
            <InvitationsTable orgSlug={org} invitations={invitations} canManage={canManage} revoke={revokeInvitationAction} />
          )}
        </section>
      </div>
    </>
  );
}
