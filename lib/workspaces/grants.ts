// Who may do what in a workspace. Org admins and owners (people, and service accounts with the
// admin role) are workspace admins by their org role; everyone else holds a direct grant. Granting needs `grants.write` (workspace admin), and the
// role granted may carry no more than the granting actor holds (lib/auth/actor-rights.ts).
import 'server-only';
import { and, eq, isNull, ne } from 'drizzle-orm';
import { parseInput } from '@/lib/api/parse';
import { assertWithinActorRights } from '@/lib/auth/actor-rights';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getDb } from '@/lib/db/client';
import { memberships, serviceAccounts, users, workspaceGrants } from '@/lib/db/schema';
import { ValidationError } from '@/lib/errors';
import { GrantInput, RevokeGrantInput } from '@/lib/validation/grants';

export interface AccessEntry {
  principal: { type: 'user' | 'service_account'; id: string; label: string };
  role: 'viewer' | 'editor' | 'admin';
  /** A direct grant, or the organization role that implies workspace admin. */
  source: 'grant' | 'org_owner' | 'org_admin';
}

export async function listAccess(ctx: OrgCtx, workspaceName: string): Promise<AccessEntry[]> {
  const { workspace } = await authorizeWorkspace(ctx, workspaceName, 'grants.read');
  const db = await getDb();
  const admins = await db
    .select({ id: users.id, email: users.email, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.organization.id)));
  const grants = await db
    .select({ grant: workspaceGrants, email: users.email, saName: serviceAccounts.name })
    .from(workspaceGrants)
    .leftJoin(users, eq(users.id, workspaceGrants.userId))
    .leftJoin(serviceAccounts, eq(serviceAccounts.id, workspaceGrants.serviceAccountId))
    .where(and(eq(workspaceGrants.organizationId, ctx.organization.id), eq(workspaceGrants.workspaceId, workspace.id)));
  // A service account's org role makes it a workspace admin exactly as a person's does; a disabled
  // one cannot sign in, so it administers nothing until it is enabled again.
  const adminAccounts = await db
    .select({ id: serviceAccounts.id, name: serviceAccounts.name })
    .from(serviceAccounts)
    .where(and(eq(serviceAccounts.organizationId, ctx.organization.id), ne(serviceAccounts.role, 'member'), isNull(serviceAccounts.disabledAt)));
  const implied: AccessEntry[] = [
    ...admins
      .filter((m) => m.role !== 'member')
      .map((m): AccessEntry => ({ principal: { type: 'user', id: m.id, label: m.email }, role: 'admin', source: m.role === 'owner' ? 'org_owner' : 'org_admin' })),
    ...adminAccounts.map((sa): AccessEntry => ({ principal: { type: 'service_account', id: sa.id, label: sa.name }, role: 'admin', source: 'org_admin' })),
  ];
  const impliedIds = new Set(implied.map((e) => e.principal.id));
  const direct: AccessEntry[] = grants
    .filter((g) => !impliedIds.has((g.grant.userId ?? g.grant.serviceAccountId)!))
    .map((g) => ({
      principal: g.grant.userId
        ? { type: 'user', id: g.grant.userId, label: g.email ?? '' }
        : { type: 'service_account', id: g.grant.serviceAccountId!, label: g.saName ?? '' },
      role: g.grant.role,
      source: 'grant',
    }));
  return [...implied, ...direct].sort((a, b) => a.principal.label.localeCompare(b.principal.label));
}

/** Grants a role, or changes the role of an existing grant. */
export async function grantWorkspaceRole(ctx: OrgCtx, workspaceName: string, input: unknown): Promise<AccessEntry> {
  const { workspace, role: actorRole } = await authorizeWorkspace(ctx, workspaceName, 'grants.write');
  const data = parseInput(GrantInput, input);
  assertWithinActorRights(ctx, { workspaceRole: { role: data.role, actorRole } });
  const db = await getDb();
  const label = await principalLabel(ctx, data);
  return db.transaction(async (tx) => {
    const target = data.userId ? { userId: data.userId } : { serviceAccountId: data.serviceAccountId! };
    const existing = await tx
      .select({ id: workspaceGrants.id })
      .from(workspaceGrants)
      .where(and(eq(workspaceGrants.workspaceId, workspace.id), data.userId ? eq(workspaceGrants.userId, data.userId) : eq(workspaceGrants.serviceAccountId, data.serviceAccountId!)));
    if (existing[0]) {
      await tx.update(workspaceGrants).set({ role: data.role }).where(eq(workspaceGrants.id, existing[0].id));
    } else {
      await tx.insert(workspaceGrants).values({ organizationId: ctx.organization.id, workspaceId: workspace.id, ...target, role: data.role, createdById: ctx.actor.id });
    }
    await recordAudit(tx, ctx, { action: existing[0] ? 'grant.update' : 'grant.create', target: { type: 'workspace', id: workspace.id, label: workspace.name }, details: { principal: label, role: data.role } });
    return { principal: { type: data.userId ? 'user' : 'service_account', id: (data.userId ?? data.serviceAccountId)!, label }, role: data.role, source: 'grant' };
  });
}

export async function revokeWorkspaceGrant(ctx: OrgCtx, workspaceName: string, input: unknown): Promise<void> {
  const { workspace } = await authorizeWorkspace(ctx, workspaceName, 'grants.write');
  const data = parseInput(RevokeGrantInput, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const removed = await tx
      .delete(workspaceGrants)
      .where(and(eq(workspaceGrants.workspaceId, workspace.id), data.userId ? eq(workspaceGrants.userId, data.userId) : eq(workspaceGrants.serviceAccountId, data.serviceAccountId!)))
      .returning({ id: workspaceGrants.id });
    if (removed.length === 0) throw new ValidationError({ userId: ['This principal has no grant on the workspace.'] });
    await recordAudit(tx, ctx, { action: 'grant.delete', target: { type: 'workspace', id: workspace.id, label: workspace.name }, details: data });
  });
}

/** The principal must belong to this organization; its label for the audit log. */
async function principalLabel(ctx: OrgCtx, data: { userId?: string; serviceAccountId?: string }): Promise<string> {
  const db = await getDb();
  if (data.userId) {
    const [m] = await db
      .select({ email: users.email })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, ctx.organization.id), eq(memberships.userId, data.userId)));
    if (!m) throw new ValidationError({ userId: ['No member of this organization has that id.'] });
    return m.email;
  }
  const [sa] = await db
    .select({ name: serviceAccounts.name })
    .from(serviceAccounts)
    .where(and(eq(serviceAccounts.organizationId, ctx.organization.id), eq(serviceAccounts.id, data.serviceAccountId!)));
  if (!sa) throw new ValidationError({ serviceAccountId: ['No service account of this organization has that id.'] });
  return sa.name;
}
