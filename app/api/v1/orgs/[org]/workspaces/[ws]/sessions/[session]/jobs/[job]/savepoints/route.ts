// GET, POST /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs/{job}/savepoints
import { listSessionJobSavepointsOp, triggerSessionJobSavepointOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { listSessionJobSavepoints, triggerSessionJobSavepoint } from '@/lib/session-jobs';

export const GET = apiRoute({ ...listSessionJobSavepointsOp, handler: async (ctx, { params }) => ({ items: await listSessionJobSavepoints(ctx, params.ws!, params.session!, params.job!) }) });

export const POST = apiRoute({ ...triggerSessionJobSavepointOp, handler: (ctx, { params }) => triggerSessionJobSavepoint(ctx, params.ws!, params.session!, params.job!) });
