// Checking an email and password. An unknown email and a wrong password give the same answer
// in the same time; failures are limited (see signInLimits); every attempt is audited (a
// failure for an unknown email belongs to no organization).
import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { memberships, users } from '@/lib/db/schema';
import { RateLimitedError, UnauthenticatedError } from '@/lib/errors';
import { recordAudit } from '@/lib/audit/record';
import type { Actor } from './context';
import { dummyPasswordHash, verifyPassword } from './password';
import { checkRateLimit, MAX_FAILURES, recordFailure, recordSuccess, resetRateLimit, retryAfterOf, succeededWithin } from './rate-limit';

export type UserActor = Extract<Actor, { type: 'user' }>;

export const WRONG_CREDENTIALS = 'Wrong email or password.';

/** Failures from one address across all accounts: several people behind one NAT may mistype. */
export const ADDRESS_FAILURES = 3 * MAX_FAILURES;
/** Failures of one account from all addresses, past which only its known addresses may try. */
export const ACCOUNT_FAILURES = 10 * MAX_FAILURES;
/** How long an address the user signed in from stays known. */
export const KNOWN_ADDRESS_MS = 90 * 24 * 60 * 60_000;

/*
 * Why these keys. Failures of a password count against the account *at that address*
 * (MAX_FAILURES) and against the address (ADDRESS_FAILURES), never against the account alone:
 * wrong passwords typed for someone's email from anywhere else cannot lock that person out,
 * and the address is the socket's (or a trusted proxy's word), so it cannot be borrowed.
 * What stops guessing one account from many addresses is the account-wide count: past
 * ACCOUNT_FAILURES in a window, the account takes passwords only from addresses it was signed
 * in from within KNOWN_ADDRESS_MS. A distributed guesser is shut out; the user, from a usual
 * address, is not; only a first sign-in from a new address waits out the window. With the
 * password policy (12+ characters, no common password), what remains is far too few guesses.
 */
function signInLimits(email: string, address: string) {
  return {
    accountAtAddress: `signin:account-address:${email}|${address}`,
    address: `signin:address:${address}`,
    account: `signin:account:${email}`,
    known: `signin:known:${email}|${address}`,
  };
}

export async function verifyCredentials(input: { email: string; password: string; clientAddress: string }): Promise<UserActor> {
  const email = input.email.trim().toLowerCase();
  const limits = signInLimits(email, input.clientAddress);
  await checkRateLimit(limits.accountAtAddress);
  await checkRateLimit(limits.address, ADDRESS_FAILURES);
  const accountRetryAfter = await retryAfterOf(limits.account, ACCOUNT_FAILURES);
  if (accountRetryAfter !== null && !(await succeededWithin(limits.known, KNOWN_ADDRESS_MS))) {
    throw new RateLimitedError(accountRetryAfter);
  }

  const db = await getDb();
  const [user] = await db.select().from(users).where(sql`lower(${users.email}) = ${email}`);
  const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), input.password);
  const requestId = randomUUID();
  if (!user || !ok || !user.passwordHash || user.disabledAt) {
    for (const key of [limits.accountAtAddress, limits.address, limits.account]) await recordFailure(key);
    const orgs = user ? await db.select({ id: memberships.organizationId }).from(memberships).where(eq(memberships.userId, user.id)) : [];
    const ctx = { requestId, actor: { type: 'system' as const, id: null, name: 'sign-in' } };
    await db.transaction(async (tx) => {
      for (const organizationId of orgs.length ? orgs.map((o) => o.id) : [null]) {
        await recordAudit(tx, ctx, { organizationId, action: 'auth.sign_in', result: 'failure', target: { type: 'user', id: user?.id ?? null, label: email } });
      }
    });
    throw new UnauthenticatedError(WRONG_CREDENTIALS);
  }
  // The address's and the account's counts stay: succeeding with one's own account must not
  // reset what an attacker spent guessing others from the same address.
  await resetRateLimit(limits.accountAtAddress);
  await recordSuccess(limits.known);
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
