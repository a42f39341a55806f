// GET /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs/{job}/revisions
import { listSessionJobRevisionsOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { listSessionJobRevisions } from '@/lib/session-jobs';

export const GET = apiRoute({ ...listSessionJobRevisionsOp, handler: async (ctx, { params }) => ({ items: await listSessionJobRevisions(ctx, params.ws!, params.session!, params.job!) }) });
