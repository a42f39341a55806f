// POST /api/v1/orgs/{org}/workspaces/{ws}/applications/{app}/resume
import { resumeApplicationOp } from '@/lib/api/operations/applications';
import { ifMatchOf, withEtag } from '@/lib/api/if-match';
import { apiRoute } from '@/lib/api/route';
import { resumeApplication } from '@/lib/applications';

export const POST = apiRoute({
  ...resumeApplicationOp,
  handler: async (ctx, { params, request }) => withEtag(await resumeApplication(ctx, params.ws!, params.app!, { ifMatch: ifMatchOf(request) }), 202),
});
