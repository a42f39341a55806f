// GET /api/v1/orgs/{org}/workspaces/{ws}/savepoints
import { listWorkspaceSavepointsOp } from '@/lib/api/operations/applications';
import { apiRoute } from '@/lib/api/route';
import { listWorkspaceSavepoints } from '@/lib/savepoints/list';

export const GET = apiRoute({ ...listWorkspaceSavepointsOp, handler: async (ctx, { params }) => ({ items: await listWorkspaceSavepoints(ctx, params.ws!) }) });
