// GET, PUT, DELETE /api/v1/orgs/{org}/workspaces/{ws}/applications/{app}
import { deleteApplicationOp, getApplicationOp, updateApplicationOp } from '@/lib/api/operations/applications';
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { apiRoute } from '@/lib/api/route';
import { deleteApplication, getApplication, updateApplication } from '@/lib/applications';

export const GET = apiRoute({ ...getApplicationOp, handler: async (ctx, { params }) => withEtag(await getApplication(ctx, params.ws!, params.app!)) });

export const PUT = apiRoute({
  ...updateApplicationOp,
  handler: async (ctx, { params, body, request }) => withEtag(await updateApplication(ctx, params.ws!, params.app!, body, { ifMatch: ifMatchOf(request) })),
});

export const DELETE = apiRoute({
  ...deleteApplicationOp,
  handler: async (ctx, { params, query, request }) =>
    withEtag(await deleteApplication(ctx, params.ws!, params.app!, { ifMatch: ifMatchOf(request), savepoint: query.savepoint }), 202),
});
