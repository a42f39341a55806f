// GET /api/v1/orgs/{org}/workspaces/{ws}/applications/{app}/revisions
import { listApplicationRevisionsOp } from '@/lib/api/operations/applications';
import { apiRoute } from '@/lib/api/route';
import { listApplicationRevisions } from '@/lib/applications';

export const GET = apiRoute({ ...listApplicationRevisionsOp, handler: async (ctx, { params }) => ({ items: await listApplicationRevisions(ctx, params.ws!, params.app!) }) });
