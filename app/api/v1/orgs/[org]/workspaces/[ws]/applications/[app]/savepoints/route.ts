// GET, POST /api/v1/orgs/{org}/workspaces/{ws}/applications/{app}/savepoints
import { listApplicationSavepointsOp, triggerApplicationSavepointOp } from '@/lib/api/operations/applications';
import { apiRoute } from '@/lib/api/route';
import { listApplicationSavepoints, triggerApplicationSavepoint } from '@/lib/applications';

export const GET = apiRoute({ ...listApplicationSavepointsOp, handler: async (ctx, { params }) => ({ items: await listApplicationSavepoints(ctx, params.ws!, params.app!) }) });

export const POST = apiRoute({ ...triggerApplicationSavepointOp, handler: (ctx, { params }) => triggerApplicationSavepoint(ctx, params.ws!, params.app!) });
