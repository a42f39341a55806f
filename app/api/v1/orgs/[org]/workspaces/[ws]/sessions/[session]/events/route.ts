// GET /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/events
import { listSessionEventsOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { listSessionEvents } from '@/lib/sessions';

export const GET = apiRoute({ ...listSessionEventsOp, handler: async (ctx, { params }) => listSessionEvents(ctx, params.ws!, params.session!) });
