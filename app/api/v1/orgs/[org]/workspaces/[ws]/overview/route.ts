// GET /api/v1/orgs/{org}/workspaces/{ws}/overview
import { getWorkspaceOverviewOp } from '@/lib/api/operations/workspaces';
import { apiRoute } from '@/lib/api/route';
import { getWorkspaceOverview } from '@/lib/workspaces';

export const GET = apiRoute({ ...getWorkspaceOverviewOp, handler: (ctx, { params }) => getWorkspaceOverview(ctx, params.ws!) });
