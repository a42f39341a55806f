// GET, PUT, DELETE /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/jobs/{job}
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { deleteSessionJobOp, getSessionJobOp, updateSessionJobOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { deleteSessionJob, getSessionJob, updateSessionJob } from '@/lib/session-jobs';

export const GET = apiRoute({ ...getSessionJobOp, handler: async (ctx, { params }) => withEtag(await getSessionJob(ctx, params.ws!, params.session!, params.job!)) });

export const PUT = apiRoute({
  ...updateSessionJobOp,
  handler: async (ctx, { params, body, request }) => withEtag(await updateSessionJob(ctx, params.ws!, params.session!, params.job!, body, { ifMatch: ifMatchOf(request) })),
});

export const DELETE = apiRoute({
  ...deleteSessionJobOp,
  handler: async (ctx, { params, query, request }) =>
    withEtag(await deleteSessionJob(ctx, params.ws!, params.session!, params.job!, { ifMatch: ifMatchOf(request), savepoint: query.savepoint }), 202),
});
