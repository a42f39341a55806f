// POST /api/v1/orgs/{org}/workspaces/{ws}/applications/{app}/suspend
import { suspendApplicationOp } from '@/lib/api/operations/applications';
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { apiRoute } from '@/lib/api/route';
import { suspendApplication } from '@/lib/applications';

export const POST = apiRoute({
  ...suspendApplicationOp,
  handler: async (ctx, { params, request }) => withEtag(await suspendApplication(ctx, params.ws!, params.app!, { ifMatch: ifMatchOf(request) }), 202),
});
