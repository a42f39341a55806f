// Invitations not yet accepted: who, which role, until when, and revoke. Expired ones stay
// listed (greyed) so an admin sees why someone could not join.
import { formatDate } from '@/components/audit/format-time';
import { ConfirmActionButton } from '@/components/ui/confirm-action-button';
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ActionResult } from '@/lib/api/action-result';
import type { InvitationDto } from '@/lib/validation/members';
import { ROLE_LABELS } from './roles';

export function InvitationsTable({
  orgSlug,
  invitations,
  canManage,
  revoke,
}: {
  orgSlug: string;
  invitations: InvitationDto[];
  canManage: boolean;
  revoke: (orgSlug: string, invitationId: string) => Promise<ActionResult>;
}) {
  return (
    <Table>
      <THead>
        <tr>
          <Th>Email</Th>
          <Th>Role</Th>
          <Th>Status</Th>
          <Th>Expires</Th>
          <Th className="w-px">
            <span className="sr-only">Actions</span>
          </Th>
        </tr>
      </THead>
      <TBody>
        {invitations.map((i) => (
          <Tr key={i.id}>
            <Td className="font-medium">{i.email}</Td>
            <Td>{ROLE_LABELS[i.role]}</Td>
            <Td>{i.status === 'pending' ? <Badge tone="info">Pending</Badge> : <Badge tone="warning">Expired</Badge>}</Td>
            <Td className="text-fg-muted">{formatDate(i.expiresAt)}</Td>
            <Td className="text-right">
              {canManage && (
                <ConfirmActionButton
                  label="Revoke"
                  title={`Revoke the invitation for ${i.email}?`}
                  description="The link stops working at once. You can invite them again later."
                  confirmLabel="Revoke invitation"
                  done={`The invitation for ${i.email} was revoked.`}
                  action={revoke.bind(null, orgSlug, i.id)}
                />
              )}
            </Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
