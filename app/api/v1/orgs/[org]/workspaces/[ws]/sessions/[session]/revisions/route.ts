// GET /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/revisions
import { listSessionRevisionsOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { listSessionRevisions } from '@/lib/sessions';

export const GET = apiRoute({ ...listSessionRevisionsOp, handler: async (ctx, { params }) => ({ items: await listSessionRevisions(ctx, params.ws!, params.session!) }) });
