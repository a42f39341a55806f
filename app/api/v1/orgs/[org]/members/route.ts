// GET /api/v1/orgs/{org}/members
import { paginateList } from '@/lib/api/pagination';
import { listMembersOp } from '@/lib/api/operations/members';
import { apiRoute } from '@/lib/api/route';
import { listMembers } from '@/lib/members';

export const GET = apiRoute({ ...listMembersOp, handler: async (ctx, { query }) => paginateList(await listMembers(ctx), query, (m) => m.userId) });
