// POST /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs/{job}/resume
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { resumeSessionJobOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { resumeSessionJob } from '@/lib/session-jobs';

export const POST = apiRoute({
  ...resumeSessionJobOp,
  handler: async (ctx, { params, request }) => withEtag(await resumeSessionJob(ctx, params.ws!, params.session!, params.job!, { ifMatch: ifMatchOf(request) }), 202),
});
