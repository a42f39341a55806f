// GET, POST /api/v1/orgs/{org}/invitations
import { paginateList } from '@/lib/api/pagination';
import { createInvitationOp, listInvitationsOp } from '@/lib/api/operations/members';
import { apiRoute } from '@/lib/api/route';
import { createInvitation, listInvitations } from '@/lib/invitations';

export const GET = apiRoute({ ...listInvitationsOp, handler: async (ctx, { query }) => paginateList(await listInvitations(ctx), query, (i) => i.id) });

export const POST = apiRoute({ ...createInvitationOp, handler: (ctx, { body }) => createInvitation(ctx, body) });
