// Using an invitation link: what it offers (for the accept page), accepting it as the signed-in
// user, or creating the invitee's account from it (allowed on invitation-only servers too). The
// link works once, before it expires, and only for the invited email's account.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { parseInput } from '@/lib/api/parse';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/auth/context';
import type { OrgRole } from '@/lib/auth/permissions';
import { hashPassword } from '@/lib/auth/password';
import { getDb, type Executor } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { invitations, memberships, organizations, users } from '@/lib/db/schema';
import { ConflictError, ForbiddenError, NotFoundError, UnauthenticatedError } from '@/lib/errors';
import { AcceptInvitationInput, invitationStatus } from '@/lib/validation/members';
import { InvitedAccountInput } from '@/lib/validation/sign-up';
import { hashInvitationToken } from './token';

const PROBLEMS = {
  accepted: 'This invitation has already been used.',
  revoked: 'This invitation was revoked: ask an admin of the organization for a new one.',
  expired: 'This invitation has expired: ask an admin of the organization for a new one.',
} as const;
const UNKNOWN = 'This invitation link is not valid: check that you copied all of it.';

export type InvitationPreview =
  | { usable: false; reason: string }
  | { usable: true; email: string; role: OrgRole; organization: { slug: string; name: string }; accountExists: boolean };

interface Joined {
  organization: { slug: string; name: string };
}

/** What the accept page shows; the token itself is the credential, so nothing else is needed. */
export async function describeInvitation(token: string): Promise<InvitationPreview> {
  if (!token || token.length > 200) return { usable: false, reason: UNKNOWN };
  const db = await getDb();
  const [row] = await db
    .select({ invitation: invitations, organization: { slug: organizations.slug, name: organizations.name } })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.organizationId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)));
  if (!row) return { usable: false, reason: UNKNOWN };
  const status = invitationStatus(row.invitation);
  if (status !== 'pending') return { usable: false, reason: PROBLEMS[status] };
  const [account] = await db.select({ id: users.id }).from(users).where(sql`lower(${users.email}) = ${row.invitation.email}`);
  return { usable: true, email: row.invitation.email, role: row.invitation.role, organization: row.organization, accountExists: Boolean(account) };
}

/**
 * Uses the invitation once for `user`, inside the caller's transaction: the row lock makes two
 * concurrent uses of one link impossible. An existing member keeps their role.
 */
async function consume(tx: Executor, ctx: Ctx, token: string, user: { id: string; email: string }, newAccount: boolean): Promise<Joined> {
  const [row] = await tx.select().from(invitations).where(eq(invitations.tokenHash, hashInvitationToken(token))).for('update');
  if (!row) throw new NotFoundError('Invitation');
  const status = invitationStatus(row);
  if (status !== 'pending') throw new ConflictError(PROBLEMS[status]);
  if (row.email !== user.email.toLowerCase()) {
    throw new ForbiddenError(`This invitation is for ${row.email}: sign in with that account to accept it.`);
  }
  await tx.update(invitations).set({ acceptedAt: new Date() }).where(eq(invitations.id, row.id));
  await tx.insert(memberships).values({ organizationId: row.organizationId, userId: user.id, role: row.role }).onConflictDoNothing();
  await recordAudit(tx, ctx, {
    organizationId: row.organizationId,
    action: 'invitation.accept',
    target: { type: 'invitation', id: row.id, label: row.email },
    details: { role: row.role, newAccount },
  });
  const [org] = await tx.select({ slug: organizations.slug, name: organizations.name }).from(organizations).where(eq(organizations.id, row.organizationId));
  return { organization: org! };
}

/** The signed-in user joins the invitation's organization with its role. */
export async function acceptInvitation(ctx: Ctx, input: AcceptInvitationInput): Promise<Joined> {
  if (ctx.actor.type !== 'user') throw new ForbiddenError('Only people accept invitations.');
  const { token } = parseInput(AcceptInvitationInput, input);
  const actor = ctx.actor;
  const db = await getDb();
  return db.transaction(async (tx) => {
    // Re-read: a user disabled since the session began cannot join anything.
    const [user] = await tx.select().from(users).where(eq(users.id, actor.id));
    if (!user || user.disabledAt) throw new UnauthenticatedError();
    return consume(tx, ctx, token, user, false);
  });
}

/** An invitee without an account creates one with the invited email, and joins. */
export async function signUpWithInvitation(input: InvitedAccountInput): Promise<Joined & { email: string }> {
  const data = parseInput(InvitedAccountInput, input);
  const preview = await describeInvitation(data.token);
  if (!preview.usable) throw new ConflictError(preview.reason);
  const passwordHash = await hashPassword(data.password);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [user] = await tx.insert(users).values({ email: preview.email, name: data.name, passwordHash }).returning();
      const ctx: Ctx = { requestId: randomUUID(), actor: { type: 'user', id: user!.id, email: user!.email, name: user!.name } };
      return { ...(await consume(tx, ctx, data.token, user!, true)), email: user!.email };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'users_email_lower_key')) throw new ConflictError('An account with this email exists: sign in to accept the invitation.');
    throw err;
  }
}
