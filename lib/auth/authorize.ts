// The one gate: may this actor do this, here? Services call it on their first line.
// Org-level denials are 403 (the organization is visible); a workspace the caller has no role
// in is 404, exactly like one that does not exist.
import 'server-only';
import { and, eq, type SQL } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { workspaceGrants, workspaces } from '@/lib/db/schema';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { tokenScopes, type Actor, type OrgCtx } from './context';
import {
  effectiveWorkspaceRole,
  orgRoleAllows,
  scopesAllow,
  workspaceRoleAllows,
  type OrgPermission,
  type WorkspacePermission,
  type WorkspaceRole,
} from './permissions';

/** `denied` explains a refusal by role where the generic message would not say enough. */
export function authorizeOrg(ctx: OrgCtx, permission: OrgPermission, denied?: string): void {
  if (!orgRoleAllows(ctx.orgRole, permission)) throw new ForbiddenError(denied);
  if (!scopesAllow(tokenScopes(ctx.actor), permission)) throw new ForbiddenError(`This token lacks the scope ${permission}.`);
}

/** The condition selecting an actor's own workspace grants; undefined for the system actor. */
export function grantPrincipal(actor: Actor): SQL | undefined {
  if (actor.type === 'user') return eq(workspaceGrants.userId, actor.id);
  if (actor.type === 'service_account') return eq(workspaceGrants.serviceAccountId, actor.id);
  return undefined;
}

/** The caller's role in a workspace of its organization, or null when it has none. */
export async function workspaceRoleOf(ctx: OrgCtx, workspaceId: string): Promise<WorkspaceRole | null> {
  const db = await getDb();
  const principal = grantPrincipal(ctx.actor);
  const [grant] = principal
    ? await db
        .select({ role: workspaceGrants.role })
        .from(workspaceGrants)
        .where(and(eq(workspaceGrants.organizationId, ctx.organization.id), eq(workspaceGrants.workspaceId, workspaceId), principal))
    : [];
  return effectiveWorkspaceRole(ctx.orgRole, grant?.role ?? null);
}

/**
 * Authorizes an action in a workspace and returns the workspace row. A workspace of another
 * organization, or one the caller holds no role in, is NotFound.
 */
export async function authorizeWorkspace(ctx: OrgCtx, workspaceName: string, permission: WorkspacePermission) {
  const db = await getDb();
  const [workspace] = await db
    .select()
    .from(workspaces)
    .where(and(eq(workspaces.organizationId, ctx.organization.id), eq(workspaces.name, workspaceName)));
  if (!workspace) throw new NotFoundError('Workspace');
  const role = await workspaceRoleOf(ctx, workspace.id);
  if (!role) throw new NotFoundError('Workspace');
  if (!workspaceRoleAllows(role, permission)) throw new ForbiddenError();
  if (!scopesAllow(tokenScopes(ctx.actor), permission)) throw new ForbiddenError(`This token lacks the scope ${permission}.`);
  return { workspace, role };
}
