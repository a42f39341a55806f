// GET, POST /api/v1/orgs/{org}/workspaces
import { createWorkspaceOp, listWorkspacesOp } from '@/lib/api/operations/workspaces';
import { apiRoute } from '@/lib/api/route';
import { createWorkspace, listWorkspaces } from '@/lib/workspaces';

export const GET = apiRoute({ ...listWorkspacesOp, handler: async (ctx) => ({ items: await listWorkspaces(ctx) }) });

export const POST = apiRoute({ ...createWorkspaceOp, handler: (ctx, { body }) => createWorkspace(ctx, body) });
