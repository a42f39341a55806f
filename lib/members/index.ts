// The organization's people: list them, change a member's role, remove a member. Owners and
// admins manage members; only owners make, demote or remove owners; the organization always
// keeps at least one owner. Each change and its audit event commit together, and a removed
// member loses access on their next request (the membership is read on every request).
import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { parseInput } from '@/lib/api/parse';
import { recordAudit } from '@/lib/audit/record';
import { assertWithinActorRights } from '@/lib/auth/actor-rights';
import { authorizeOrg } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { orgRoleAllows, type OrgRole } from '@/lib/auth/permissions';
import { getDb, type Executor } from '@/lib/db/client';
import { memberships, users, workspaceGrants } from '@/lib/db/schema';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { ChangeMemberRoleInput, RemoveMemberInput, type MemberDto } from '@/lib/validation/members';

export const LAST_OWNER = 'The organization must keep at least one owner: make someone else an owner first.';
export const OWNERS_ONLY = 'Only owners can make, demote or remove owners.';

const memberColumns = {
  userId: users.id,
  name: users.name,
  email: users.email,
  role: memberships.role,
  disabledAt: users.disabledAt,
  createdAt: memberships.createdAt,
};

type MemberRow = { userId: string; name: string; email: string; role: OrgRole; disabledAt: Date | null; createdAt: Date };

/** Making, demoting or removing an owner (or inviting one) takes `members.owners`. */
export function authorizeOwners(ctx: OrgCtx): void {
  if (!orgRoleAllows(ctx.orgRole, 'members.owners')) throw new ForbiddenError(OWNERS_ONLY);
  authorizeOrg(ctx, 'members.owners');
}

function toDto(row: MemberRow): MemberDto {
  return { userId: row.userId, name: row.name, email: row.email, role: row.role, disabled: row.disabledAt !== null, joinedAt: row.createdAt.toISOString() };
}

export async function listMembers(ctx: OrgCtx): Promise<MemberDto[]> {
  authorizeOrg(ctx, 'members.read');
  const db = await getDb();
  const rows = await db
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organizationId, ctx.organization.id))
    .orderBy(asc(users.name), asc(users.email));
  return rows.map(toDto);
}

/**
 * The member, with every owner's membership row locked: two owners demoting each other at once
 * must not both succeed and leave the organization without one.
 */
async function lockMember(tx: Executor, ctx: OrgCtx, userId: string) {
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.organizationId, ctx.organization.id), eq(memberships.role, 'owner')))
    .for('update');
  const [member] = await tx
    .select(memberColumns)
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.organizationId, ctx.organization.id), eq(memberships.userId, userId)))
    .for('update', { of: memberships });
  if (!member) throw new NotFoundError('Member');
  return { member, ownerCount: owners.length };
}

export async function changeMemberRole(ctx: OrgCtx, input: ChangeMemberRoleInput): Promise<MemberDto> {
  authorizeOrg(ctx, 'members.write');
  const { userId, role } = parseInput(ChangeMemberRoleInput, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const { member, ownerCount } = await lockMember(tx, ctx, userId);
    if (member.role === role) return toDto(member);
    // An admin can raise nobody above admin, and cannot touch an owner.
    if (member.role === 'owner' || role === 'owner') authorizeOwners(ctx);
    assertWithinActorRights(ctx, { orgRole: role });
    if (member.role === 'owner' && ownerCount <= 1) throw new ConflictError(LAST_OWNER);
    await tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.organizationId, ctx.organization.id), eq(memberships.userId, userId)));
    await recordAudit(tx, ctx, {
      action: 'member.role_change',
      target: { type: 'user', id: userId, label: member.email },
      details: { from: member.role, to: role },
    });
    return toDto({ ...member, role });
  });
}

export async function removeMember(ctx: OrgCtx, input: RemoveMemberInput): Promise<void> {
  authorizeOrg(ctx, 'members.write');
  const { userId } = parseInput(RemoveMemberInput, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const { member, ownerCount } = await lockMember(tx, ctx, userId);
    if (member.role === 'owner') {
      authorizeOwners(ctx);
      if (ownerCount <= 1) throw new ConflictError(LAST_OWNER);
    }
    await tx.delete(memberships).where(and(eq(memberships.organizationId, ctx.organization.id), eq(memberships.userId, userId)));
    // Workspace grants go with the membership: a later invitation must not revive old access.
    await tx.delete(workspaceGrants).where(and(eq(workspaceGrants.organizationId, ctx.organization.id), eq(workspaceGrants.userId, userId)));
    await recordAudit(tx, ctx, {
      action: 'member.remove',
      target: { type: 'user', id: userId, label: member.email },
      details: { role: member.role },
    });
  });
}
