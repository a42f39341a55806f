// POST /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs/{job}/restart
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { restartSessionJobOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { restartSessionJob } from '@/lib/session-jobs';

export const POST = apiRoute({
  ...restartSessionJobOp,
  handler: async (ctx, { params, request }) => withEtag(await restartSessionJob(ctx, params.ws!, params.session!, params.job!, { ifMatch: ifMatchOf(request) }), 202),
});
