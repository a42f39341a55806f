// Checking an email and password. An unknown email and a wrong password give the same answer
// in the same time; failures are limited per account and per client address; every attempt is
// audited (a failure for an unknown email belongs to no organization).
import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { memberships, users } from '@/lib/db/schema';
import { UnauthenticatedError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from './context';
import { dummyPasswordHash, verifyPassword } from './password';
import { checkRateLimit, recordFailure, resetRateLimit } from './rate-limit';

export type UserActor = Extract<Actor, { type: 'user' }>;

export const WRONG_CREDENTIALS = 'Wrong email or password.';

export async function verifyCredentials(input: { email: string; password: string; clientAddress: string }): Promise<UserActor> {
  const email = input.email.trim().toLowerCase();
  const keys = [`signin:account:${email}`, `signin:address:${input.clientAddress}`];
  for (const key of keys) await checkRateLimit(key);

  const db = await getDb();
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const requestId = randomUUID();
  if (!user || !ok || !user.passwordHash || user.disabledAt) {
    for (const key of keys) await recordFailure(key);
    const orgs = user ? await db.select({ id: memberships.organizationId }).from(memberships).where(eq(memberships.userId, user.id)) : [];
    const ctx = { requestId, actor: { type: 'system' as const, id: null, name: 'sign-in' } };
    await db.transaction(async (tx) => {
      for (const organizationId of orgs.length ? orgs.map((o) => o.id) : [null]) {
        await recordAudit(tx, ctx, { organizationId, action: 'auth.sign_in', result: 'failure', target: { type: 'user', id: user?.id ?? null, label: email } });
      }
    });
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  await resetRateLimit(keys[0]!);
  const actor: UserActor = { type: 'user', id: user.id, email: user.email, name: user.name };
  const orgs = await db.select({ id: memberships.organizationId }).from(memberships).where(eq(memberships.userId, user.id));
  await db.transaction(async (tx) => {
    for (const o of orgs) await recordAudit(tx, { requestId, actor }, { organizationId: o.id, action: 'auth.sign_in', target: { type: 'user', id: user.id, label: user.email } });
  });
  return actor;
}

/**
 * The user behind a session, re-read on every request: null when deleted, disabled, or when the
 * session began before the user's sessions were ended (`sessionVersion` is the one it carries).
 */
export async function actorForUserId(userId: string | undefined | null, sessionVersion = 0): Promise<UserActor | null> {
  if (!userId) return null;
  const db = await getDb();
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  if (!user || user.disabledAt || user.sessionVersion !== sessionVersion) return null;
  return { type: 'user', id: user.id, email: user.email, name: user.name };
}

/** The version a new session of this user starts with. */
export async function currentSessionVersion(userId: string): Promise<number> {
  const [user] = await (await getDb()).select({ v: users.sessionVersion }).from(users).where(eq(users.id, userId));
  return user?.v ?? 0;
}

/** Ends every session of the user (sign-out; later a password change): their cookies stop working. */
export async function endAllSessions(userId: string): Promise<void> {
  await (await getDb()).update(users).set({ sessionVersion: sql`${users.sessionVersion} + 1` }).where(eq(users.id, userId));
}
