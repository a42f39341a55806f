// Finding an application the caller may act on: the workspace gate first (404 when the caller
// has no role there), then the application by name in that workspace (404 when absent).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import type { WorkspacePermission } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { flinkDeployments } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';

export async function loadDeployment(ctx: OrgCtx, wsName: string, name: string, mode: 'application' | 'session', permission: WorkspacePermission) {
  const { workspace, role } = await authorizeWorkspace(ctx, wsName, permission);
  const [row] = await (await getDb())
    .select()
    .from(flinkDeployments)
    .where(and(eq(flinkDeployments.workspaceId, workspace.id), eq(flinkDeployments.name, name), eq(flinkDeployments.mode, mode)));
  if (!row) throw new NotFoundError(mode === 'application' ? 'Application' : 'Session');
  return { workspace, role, row };
}

export function loadApplication(ctx: OrgCtx, wsName: string, appName: string, permission: WorkspacePermission) {
  return loadDeployment(ctx, wsName, appName, 'application', permission);
}
