// Inviting people into an organization: create (the link is returned this once), list the open
// invitations, revoke. Owners and admins invite; only owners invite owners. Accepting lives in
// accept.ts. (Owned by the identity work of issue 4; the /api/v1 routes call these.)
import 'server-only';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import { parseInput } from '@/lib/api/parse';
import { recordAudit } from '@/lib/audit/record';
import { assertWithinActorRights } from '@/lib/auth/actor-rights';
import { authorizeOrg } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { invitations, memberships, users } from '@/lib/db/schema';
import { ConflictError, NotFoundError, ValidationError } from '@/lib/errors';
import { authorizeOwners } from '@/lib/members';
import { CreateInvitationInput, invitationStatus, RevokeInvitationInput, type InvitationDto } from '@/lib/validation/members';
import { generateInvitationToken, hashInvitationToken, INVITATION_TTL_MS } from './token';

export { acceptInvitation, describeInvitation, signUpWithInvitation, type InvitationPreview } from './accept';

export function toInvitationDto(row: typeof invitations.$inferSelect): InvitationDto {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus(row),
    expiresAt: row.expiresAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
  };
}

function invitationLink(token: string): string {
  return new URL(`/invite/${token}`, getConfig().publicUrl).toString();
}

export async function createInvitation(ctx: OrgCtx, input: CreateInvitationInput): Promise<{ invitation: InvitationDto; link: string }> {
  authorizeOrg(ctx, 'members.write');
  const { email, role } = parseInput(CreateInvitationInput, input);
  if (role === 'owner') authorizeOwners(ctx);
  assertWithinActorRights(ctx, { orgRole: role });
  const token = generateInvitationToken();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ id: users.id })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, ctx.organization.id), sql`lower(${users.email}) = ${email}`));
    if (member) throw new ValidationError({ email: [`${email} is already a member of ${ctx.organization.name}.`] });
    const [open] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.organizationId, ctx.organization.id),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          sql`${invitations.expiresAt} > now()`,
        ),
      );
    if (open) throw new ValidationError({ email: [`${email} already has a pending invitation: revoke it to send a new one.`] });

    const [row] = await tx
      .insert(invitations)
      .values({
        organizationId: ctx.organization.id,
        email,
        role,
        tokenHash: hashInvitationToken(token),
        expiresAt: new Date(Date.now() + INVITATION_TTL_MS),
        createdById: ctx.actor.id,
      })
      .returning();
    await recordAudit(tx, ctx, { action: 'invitation.create', target: { type: 'invitation', id: row!.id, label: email }, details: { role } });
    return { invitation: toInvitationDto(row!), link: invitationLink(token) };
  });
}

/** Invitations neither accepted nor revoked (pending, and expired ones to clean up), newest first. */
export async function listInvitations(ctx: OrgCtx): Promise<InvitationDto[]> {
  authorizeOrg(ctx, 'members.read');
  const db = await getDb();
  const rows = await db
    .select()
    .from(invitations)
    .where(and(eq(invitations.organizationId, ctx.organization.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt));
  return rows.map(toInvitationDto);
}

export async function revokeInvitation(ctx: OrgCtx, input: RevokeInvitationInput): Promise<void> {
  authorizeOrg(ctx, 'members.write');
  const { invitationId } = parseInput(RevokeInvitationInput, input);
  const db = await getDb();
  await db.transaction(async (tx) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.organizationId, ctx.organization.id), eq(invitations.id, invitationId)))
      .for('update');
    // A revoked invitation is gone for every caller, exactly like one that never existed.
    if (!row || row.revokedAt) throw new NotFoundError('Invitation');
    if (row.role === 'owner') authorizeOwners(ctx);
    if (row.acceptedAt) throw new ConflictError(`${row.email} already accepted this invitation: remove the member instead.`);
    await tx.update(invitations).set({ revokedAt: new Date() }).where(eq(invitations.id, row.id));
    await recordAudit(tx, ctx, { action: 'invitation.revoke', target: { type: 'invitation', id: row.id, label: row.email }, details: { role: row.role } });
  });
}
