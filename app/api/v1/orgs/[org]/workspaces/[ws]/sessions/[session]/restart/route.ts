// POST /api/v1/orgs/{org}/workspaces/{ws}/sessions/{session}/restart
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { restartSessionOp } from '@/lib/api/operations/sessions';
import { apiRoute } from '@/lib/api/route';
import { restartSession } from '@/lib/sessions';

export const POST = apiRoute({
  ...restartSessionOp,
  handler: async (ctx, { params, request }) => withEtag(await restartSession(ctx, params.ws!, params.session!, { ifMatch: ifMatchOf(request) }), 202),
});
