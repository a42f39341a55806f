// POST /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs/{job}/cancel
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { cancelSessionJobOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { cancelSessionJob } from '@/lib/session-jobs';

export const POST = apiRoute({
  ...cancelSessionJobOp,
  handler: async (ctx, { params, request }) => withEtag(await cancelSessionJob(ctx, params.ws!, params.session!, params.job!, { ifMatch: ifMatchOf(request) }), 202),
});
