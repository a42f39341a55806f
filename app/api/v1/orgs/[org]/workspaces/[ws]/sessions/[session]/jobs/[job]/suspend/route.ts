// POST /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs/{job}/suspend
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { suspendSessionJobOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { suspendSessionJob } from '@/lib/session-jobs';

export const POST = apiRoute({
  ...suspendSessionJobOp,
  handler: async (ctx, { params, request }) => withEtag(await suspendSessionJob(ctx, params.ws!, params.session!, params.job!, { ifMatch: ifMatchOf(request) }), 202),
});
