// GET, PUT, DELETE /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { deleteSessionOp, getSessionOp, updateSessionOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { deleteSession, getSession, updateSession } from '@/lib/sessions';

export const GET = apiRoute({ ...getSessionOp, handler: async (ctx, { params }) => withEtag(await getSession(ctx, params.ws!, params.session!)) });

export const PUT = apiRoute({
  ...updateSessionOp,
  handler: async (ctx, { params, body, request }) => withEtag(await updateSession(ctx, params.ws!, params.session!, body, { ifMatch: ifMatchOf(request) })),
});

export const DELETE = apiRoute({
  ...deleteSessionOp,
  handler: async (ctx, { params, query, request }) =>
    withEtag(await deleteSession(ctx, params.ws!, params.session!, { ifMatch: ifMatchOf(request), withJobs: query.jobs === 'delete', savepoint: query.savepoint }), 202),
});
