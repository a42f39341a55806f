// GET, POST /api/v1/orgs/{org}/workspaces/{ws}/applications
import { createApplicationOp, listApplicationsOp } from '@/lib/api/operations/applications';
import { apiRoute } from '@/lib/api/route';
import { withEtag } from '@/lib/api/if-match';
import { createApplication, listApplications } from '@/lib/applications';

export const GET = apiRoute({ ...listApplicationsOp, handler: async (ctx, { params }) => ({ items: await listApplications(ctx, params.ws!) }) });

export const POST = apiRoute({ ...createApplicationOp, handler: async (ctx, { params, body }) => withEtag(await createApplication(ctx, params.ws!, body), 201) });
