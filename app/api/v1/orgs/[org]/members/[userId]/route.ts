// PATCH, DELETE /api/v1/orgs/{org}/members/{userId}
import { pathId } from '@/lib/api/ids';
import { changeMemberRoleOp, removeMemberOp } from '@/lib/api/operations/members';
import { apiRoute } from '@/lib/api/route';
import { changeMemberRole, removeMember } from '@/lib/members';

export const PATCH = apiRoute({
  ...changeMemberRoleOp,
  handler: (ctx, { params, body }) => changeMemberRole(ctx, { ...body, userId: pathId(params.userId, 'Member') }),
});

export const DELETE = apiRoute({
  ...removeMemberOp,
  handler: (ctx, { params }) => removeMember(ctx, { userId: pathId(params.userId, 'Member') }),
});
