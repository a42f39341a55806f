// GET /api/v1/orgs/{org}/workspaces/{ws}/applications/{app}/events
import { listApplicationEventsOp } from '@/lib/api/operations/applications';
import { apiRoute } from '@/lib/api/route';
import { listApplicationEvents } from '@/lib/applications';

export const GET = apiRoute({ ...listApplicationEventsOp, handler: (ctx, { params }) => listApplicationEvents(ctx, params.ws!, params.app!) });
