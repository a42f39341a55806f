// The organization's members: name and email, role (changeable by those who may), joined, and
// remove with a confirmation.
import { formatDate } from '@/components/audit/format-time';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ActionResult } from '@/lib/api/action-result';
import type { OrgRole } from '@/lib/auth/permissions';
import type { MemberDto } from '@/lib/validation/members';
import { MemberRoleSelect } from './member-role-select';
import { assignableRoles, ROLE_LABELS } from './roles';
import { visibleText } from '@/lib/validation/text';

export function MembersTable({
  orgSlug,
  orgName,
  members,
  viewer,
  actions,
}: {
  orgSlug: string;
  orgName: string;
  members: MemberDto[];
  viewer: { userId: string; role: OrgRole; canManage: boolean };
  /** Server actions, bound here to each member. */
  actions: {
    changeRole: (orgSlug: string, userId: string, role: string) => Promise<ActionResult>;
    remove: (orgSlug: string, userId: string) => Promise<ActionResult>;
  };
}) {
  return (
    <Table>
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>Role</Th>
          <Th>Joined</Th>
          <Th className="w-px">
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {members.map((m) => {
          // Admins cannot touch owners; the service refuses it anyway.
          const manageable = viewer.canManage && (m.role !== 'owner' || viewer.role === 'owner');
          const you = m.userId === viewer.userId;
          return (
            <Tr key={m.userId}>
              <Td>
                <div className="flex items-center gap-2">
                  <span className="font-medium">{visibleText(m.name)}</span>
                  {you && <Badge>You</Badge>}
                  {m.disabled && <Badge tone="warning">Disabled</Badge>}
                </div>
                <p className="text-xs text-fg-muted">{m.email}</p>
              </Td>
              <Td>
                {manageable ? (
                  <MemberRoleSelect
                    name={m.name}
                    role={m.role}
                    options={assignableRoles(viewer.role)}
                    action={actions.changeRole.bind(null, orgSlug, m.userId)}
                  />
                ) : (
                  <Badge tone={m.role === 'member' ? 'neutral' : 'info'}>{ROLE_LABELS[m.role]}</Badge>
                )}
              </Td>
              <Td className="text-fg-muted">{formatDate(m.joinedAt)}</Td>
              <Td className="text-right">
                {manageable && (
                  <ConfirmActionButton
                    label={you ? 'Leave' : 'Remove'}
                    title={you ? `Leave ${orgName}?` : `Remove ${m.name}?`}
                    description={
                      you
                        ? 'You lose access to this organization at once; someone must invite you again.'
                        : `${m.name} (${m.email}) loses access to ${orgName} and its workspaces on their next request.`
                    }
                    confirmLabel={you ? 'Leave' : 'Remove member'}
                    done={you ? `You left ${orgName}.` : `${m.name} was removed.`}
                    action={actions.remove.bind(null, orgSlug, m.userId)}
                    then={you ? '/orgs' : undefined}
                  />
                )}
              </Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
