// POST /api/v1/orgs/{org}/workspaces/{ws}/applications/{app}/restart
import { restartApplicationOp } from '@/lib/api/operations/applications';
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { apiRoute } from '@/lib/api/route';
import { restartApplication } from '@/lib/applications';

export const POST = apiRoute({
  ...restartApplicationOp,
  handler: async (ctx, { params, request }) => withEtag(await restartApplication(ctx, params.ws!, params.app!, { ifMatch: ifMatchOf(request) }), 202),
});
