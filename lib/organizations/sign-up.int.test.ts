// Signing up an organization and signing in, against real PostgreSQL: one transaction for user,
// organization and owner; the same answer for an unknown email and a wrong password; failures
// limited; a disabled user's session stops working; bad input stores nothing.
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  ACCOUNT_FAILURES,
  actorForUserId,
  ADDRESS_FAILURES,
  currentSessionVersion,
  endAllSessions,
  verifyCredentials,
  WRONG_CREDENTIALS,
} from '@/lib/auth/credentials';
import { getDb } from '@/lib/db/client';
import { auditEvents, memberships, organizations, users } from '@/lib/db/schema';
import { getConfig } from '@/lib/config';
import { ForbiddenError, RateLimitedError, UnauthenticatedError, ValidationError } from '@/lib/errors';
import { createInvitation, signUpWithInvitation } from '@/lib/invitations';
import { resolveOrgCtx } from './context';
import { signUp } from './sign-up';

const PASSWORD = 'a sufficiently long passphrase';
const uid = () => randomUUID().slice(0, 8);

function person() {
  const id = uid();
  return { name: 'Ada Lovelace', email: `Ada.${id}@Example.com`, password: PASSWORD, organizationName: `Analytical Engines ${id}` };
}

async function rejection(p: Promise<unknown>) {
  return p.then(() => null, (e: unknown) => e);
}

describe('signing up an organization', () => {
  it('creates the user, the organization with a derived slug, and an owner membership, audited', async () => {
    const input = person();
    const result = await signUp(input);
    expect(result.organization.slug).toBe(`analytical-engines-${input.organizationName.split(' ').pop()}`);
    const db = await getDb();
    const [membership] = await db.select().from(memberships).where(eq(memberships.userId, result.userId));
    expect(membership).toMatchObject({ organizationId: result.organization.id, role: 'owner' });
    const [user] = await db.select().from(users).where(eq(users.id, result.userId));
    expect(user!.email).toBe(input.email.toLowerCase());
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const events = await db.select().from(auditEvents).where(eq(auditEvents.organizationId, result.organization.id));
    expect(events.map((e) => e.action)).toEqual(['organization.sign_up']);
    expect(JSON.stringify(events)).not.toContain(PASSWORD);
  });

  it('refuses bad input with field errors and stores nothing', async () => {
    const db = await getDb();
    const cases: [Record<string, unknown>, string][] = [
      [{ ...person(), password: 'short' }, 'password'],
      [{ ...person(), password: 'password1234' }, 'password'],
      [{ ...person(), email: 'not-an-email' }, 'email'],
      [{ ...person(), organizationSlug: 'Not A Slug' }, 'organizationSlug'],
      [{ ...person(), name: 'x'.repeat(101) }, 'name'],
      [{ ...person(), role: 'owner' }, 'role'],
      [{ ...person(), organizationName: 7 }, 'organizationName'],
      [{ ...person(), organizationName: 'x'.repeat(10_000) }, 'organizationName'],
    ];
    for (const [input, field] of cases) {
      const err = await rejection(signUp(input));
      expect(err, field).toBeInstanceOf(ValidationError);
      expect(Object.keys((err as ValidationError).fieldErrors), field).toContain(field);
      // The database is shared with other suites: look for this attempt's rows only.
      if (typeof input.email === 'string') {
        expect(await db.select().from(users).where(sql`lower(${users.email}) = ${input.email.toLowerCase()}`), field).toHaveLength(0);
      }
      if (typeof input.organizationName === 'string') {
        expect(await db.select().from(organizations).where(eq(organizations.name, input.organizationName)), field).toHaveLength(0);
      }
    }
  });

  it('keeps slugs and emails unique, and changes nothing when they clash', async () => {
    const first = await signUp(person());
    const clash = await rejection(signUp({ ...person(), organizationSlug: first.organization.slug }));
    expect((clash as ValidationError).fieldErrors.organizationSlug).toEqual(['This identifier is taken: choose another.']);
    const db = await getDb();
    const [taken] = await db.select().from(users).where(eq(users.id, first.userId));
    const sameEmail = await rejection(signUp({ ...person(), email: taken!.email.toUpperCase() }));
    expect((sameEmail as ValidationError).fieldErrors.email).toBeDefined();
    expect(await db.select().from(organizations).where(eq(organizations.slug, first.organization.slug))).toHaveLength(1);
  });
});

describe('an invitation-only server', () => {
  it('refuses sign-up without an invitation, and still lets an invitee create an account', async () => {
    const config = getConfig();
    const owner = await signUp(person());
    const ownerCtx = await resolveOrgCtx({ requestId: randomUUID(), actor: (await actorForUserId(owner.userId))! }, owner.organization.slug);
    const { link } = await createInvitation(ownerCtx, { email: `invitee-${uid()}@example.com`, role: 'member' });
    config.signup = 'invite-only';
    try {
      const refused = person();
      expect(await rejection(signUp(refused))).toBeInstanceOf(ForbiddenError);
      expect(await (await getDb()).select().from(users).where(sql`lower(${users.email}) = ${refused.email.toLowerCase()}`)).toHaveLength(0);
      const joined = await signUpWithInvitation({ token: link.split('/').at(-1)!, name: 'Invitee', password: PASSWORD });
      expect(joined.organization.slug).toBe(owner.organization.slug);
    } finally {
      config.signup = 'open';
    }
  });
});

describe('signing in', () => {
  it('answers an unknown email and a wrong password identically, and audits both', async () => {
    const input = person();
    await signUp(input);
    const address = `198.51.100.${Math.floor(Math.random() * 250)}`;
    const unknown = await rejection(verifyCredentials({ email: `nobody-${uid()}@example.com`, password: PASSWORD, clientAddress: address }));
    const wrong = await rejection(verifyCredentials({ email: input.email, password: 'the wrong passphrase', clientAddress: address }));
    for (const err of [unknown, wrong]) {
      expect(err).toBeInstanceOf(UnauthenticatedError);
      expect((err as Error).message).toBe(WRONG_CREDENTIALS);
    }
    const actor = await verifyCredentials({ email: input.email.toUpperCase(), password: PASSWORD, clientAddress: address });
    expect(actor.email).toBe(input.email.toLowerCase());
  });

  it('refuses an account at one address after 10 failures there, with the time to wait, and nowhere else', async () => {
    const input = person();
    await signUp(input);
    const attacker = `203.0.113.${Math.floor(Math.random() * 250)}`;
    for (let i = 0; i < 10; i++) {
      expect(await rejection(verifyCredentials({ email: input.email, password: `wrong ${i} passphrase`, clientAddress: attacker }))).toBeInstanceOf(UnauthenticatedError);
    }
    const err = await rejection(verifyCredentials({ email: input.email, password: PASSWORD, clientAddress: attacker }));
    expect(err).toBeInstanceOf(RateLimitedError);
    expect((err as RateLimitedError).retryAfterSeconds).toBeGreaterThan(0);
    // The attacker's guesses do not lock the user out from their own address.
    const actor = await verifyCredentials({ email: input.email, password: PASSWORD, clientAddress: '198.51.100.20' });
    expect(actor.email).toBe(input.email.toLowerCase());
  });

  it('shuts out a guesser spread over many addresses, but not the user from an address they signed in from', async () => {
    const input = person();
    await signUp(input);
    const email = input.email.toLowerCase();
    const home = `198.51.100.${Math.floor(Math.random() * 250)}`;
    await verifyCredentials({ email, password: PASSWORD, clientAddress: home });
    // The account has seen ACCOUNT_FAILURES failures from many addresses in this window.
    const db = await getDb();
    await db.execute(sql`insert into rate_limits (key, count) values (${`signin:account:${email}`}, ${ACCOUNT_FAILURES})`);
    const fromElsewhere = await rejection(verifyCredentials({ email, password: PASSWORD, clientAddress: '203.0.113.250' }));
    expect(fromElsewhere).toBeInstanceOf(RateLimitedError);
    const fromHome = await verifyCredentials({ email, password: PASSWORD, clientAddress: home });
    expect(fromHome.email).toBe(email);
  });

  it('limits one address across accounts, and succeeding with an own account does not reset that', async () => {
    const mine = person();
    await signUp(mine);
    const address = `192.0.2.${Math.floor(Math.random() * 250)}`;
    await (await getDb()).execute(sql`insert into rate_limits (key, count) values (${`signin:address:${address}`}, ${ADDRESS_FAILURES - 2})`);
    const guess = () => rejection(verifyCredentials({ email: `nobody-${uid()}@example.com`, password: PASSWORD, clientAddress: address }));
    expect(await guess()).toBeInstanceOf(UnauthenticatedError);
    expect((await verifyCredentials({ email: mine.email, password: PASSWORD, clientAddress: address })).email).toBe(mine.email.toLowerCase());
    expect(await guess()).toBeInstanceOf(UnauthenticatedError);
    expect(await rejection(verifyCredentials({ email: mine.email, password: PASSWORD, clientAddress: address }))).toBeInstanceOf(RateLimitedError);
  });

  it("ends a disabled user's existing session on the next request", async () => {
    const { userId } = await signUp(person());
    expect(await actorForUserId(userId)).toMatchObject({ type: 'user', id: userId });
    await (await getDb()).update(users).set({ disabledAt: new Date() }).where(eq(users.id, userId));
    expect(await actorForUserId(userId)).toBeNull();
  });

  it('ends every existing session on sign-out; a new sign-in starts a valid one', async () => {
    const { userId } = await signUp(person());
    const before = await currentSessionVersion(userId);
    expect(await actorForUserId(userId, before)).toMatchObject({ id: userId });
    await endAllSessions(userId);
    expect(await actorForUserId(userId, before)).toBeNull();
    expect(await actorForUserId(userId, await currentSessionVersion(userId))).toMatchObject({ id: userId });
  });
});
