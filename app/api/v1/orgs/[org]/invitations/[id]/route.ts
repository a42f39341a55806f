// DELETE /api/v1/orgs/{org}/invitations/{id}: revoke.
import { pathId } from '@/lib/api/ids';
import { revokeInvitationOp } from '@/lib/api/operations/members';
import { apiRoute } from '@/lib/api/route';
import { revokeInvitation } from '@/lib/invitations';

export const DELETE = apiRoute({
  ...revokeInvitationOp,
  handler: async (ctx, { params }) => {
    await revokeInvitation(ctx, { invitationId: pathId(params.id, 'Invitation') });
  },
});
