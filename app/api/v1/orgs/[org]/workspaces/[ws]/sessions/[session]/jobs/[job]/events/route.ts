// GET /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs/{job}/events
import { listSessionJobEventsOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { listSessionJobEvents } from '@/lib/session-jobs';

export const GET = apiRoute({ ...listSessionJobEventsOp, handler: async (ctx, { params }) => listSessionJobEvents(ctx, params.ws!, params.session!, params.job!) });
