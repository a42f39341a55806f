// GET, PUT, DELETE /api/v1/orgs/{org}/workspaces/{ws}/grants
import { grantOp, listGrantsOp, revokeGrantOp } from '@/lib/api/operations/workspaces';
import { apiRoute } from '@/lib/api/route';
import { grantWorkspaceRole, listAccess, revokeWorkspaceGrant } from '@/lib/workspaces';

export const GET = apiRoute({ ...listGrantsOp, handler: async (ctx, { params }) => ({ items: await listAccess(ctx, params.ws!) }) });

export const PUT = apiRoute({ ...grantOp, handler: (ctx, { params, body }) => grantWorkspaceRole(ctx, params.ws!, body) });

export const DELETE = apiRoute({ ...revokeGrantOp, handler: (ctx, { params, body }) => revokeWorkspaceGrant(ctx, params.ws!, body) });
