// GET /api/v1/me
import { apiRoute } from '@/lib/api/route';
import { getMeOp } from '@/lib/api/operations/me';
import { getMe } from '@/lib/me/get-me';

export const GET = apiRoute({ ...getMeOp, handler: (ctx) => getMe(ctx) });
