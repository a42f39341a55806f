// GET, PATCH, DELETE /api/v1/orgs/{org}/workspaces/{ws}
import { deleteWorkspaceOp, getWorkspaceOp, updateWorkspaceOp } from '@/lib/api/operations/workspaces';
import { apiRoute } from '@/lib/api/route';
import { deleteWorkspace, getWorkspace, updateWorkspace } from '@/lib/workspaces';

export const GET = apiRoute({ ...getWorkspaceOp, handler: (ctx, { params }) => getWorkspace(ctx, params.ws!) });

export const PATCH = apiRoute({ ...updateWorkspaceOp, handler: (ctx, { params, body }) => updateWorkspace(ctx, params.ws!, body) });

export const DELETE = apiRoute({ ...deleteWorkspaceOp, handler: (ctx, { params }) => deleteWorkspace(ctx, params.ws!) });
