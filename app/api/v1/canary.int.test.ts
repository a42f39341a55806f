// Secrets never leak: a token and a password carrying a canary go through the API (as they
// should, and as they should not: in unknown fields, broken JSON, bad headers), and nothing
// captured afterwards (response bodies, console lines, the organization's audit events)
// contains the canary, the token or its hash. The one exception is the creation answer,
// which must carry the token exactly once.
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { hashToken } from '@/lib/api-tokens/token';
import { call, captured, createTestOrg, createTestToken, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { auditEvents, users } from '@/lib/db/schema';
import { verifyCredentials } from '@/lib/auth/credentials';
import { signUp } from '@/lib/organizations/sign-up';
import * as me from './me/route';
import * as auditRoute from './orgs/[org]/audit-events/route';
import * as accounts from './orgs/[org]/service-accounts/route';
import * as account from './orgs/[org]/service-accounts/[id]/route';
import * as tokens from './orgs/[org]/service-accounts/[id]/tokens/route';
import * as token from './orgs/[org]/service-accounts/[id]/tokens/[tokenId]/route';

const CANARY = `canary-${randomBytes(8).toString('hex')}`;
const PASSWORD = `correct horse ${CANARY} battery`;
const consoleLines: string[] = [];
let org: TestOrg;
let admin: string;
let created: { token: string; hash: string; creationResponse: string } | undefined;
let owner: { orgId: string; email: string; passwordHash: string } | undefined;

beforeAll(async () => {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (a instanceof Error ? `${a.name} ${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      original(...args);
    });
  }
  org = await createTestOrg();
  ({ token: admin } = await createTestToken(org, { role: 'admin' }));
});

afterAll(() => vi.restoreAllMocks());

describe('the canary', () => {
  it('is a password: signing up with it and signing in with and without it', async () => {
    const email = `${randomSlug('canary')}@example.com`;
    const result = await signUp({ name: 'Canary Owner', email, password: PASSWORD, organizationName: `Canary ${randomSlug()}` });
    await expect(verifyCredentials({ email, password: PASSWORD, clientAddress: '198.51.100.7' })).resolves.toMatchObject({ email });
    await expect(verifyCredentials({ email, password: `${PASSWORD}!`, clientAddress: '198.51.100.7' })).rejects.toThrow();
    const [row] = await (await getDb()).select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, result.userId));
    expect(row!.passwordHash).not.toContain(CANARY);
    owner = { orgId: result.organization.id, email, passwordHash: row!.passwordHash! };
  });

  it('goes through every endpoint, properly and improperly', async () => {
    const params = { org: org.slug };
    const sa = await call(accounts.POST, 'POST', '', { token: admin, params, body: { name: randomSlug('canary'), description: 'holds the canary token' } });
    const saParams = { ...params, id: sa.body.id };
    const before = captured.responses.length;
    const res = await call(tokens.POST, 'POST', '', { token: admin, params: saParams, body: { name: 'canary-token', expiresInDays: 1 } });
    expect(res.status).toBe(201);
    created = { token: res.body.token, hash: hashToken(res.body.token), creationResponse: captured.responses.splice(before, 1)[0]! };

    // The token used properly, then revoked and used again.
    expect((await call(me.GET, 'GET', '', { token: created.token })).status).toBe(200);
    expect((await call(tokens.GET, 'GET', '', { token: created.token, params: saParams })).status).toBe(403);
    // The password and the token where they do not belong.
    const misuse = [
      await call(accounts.POST, 'POST', '', { token: admin, params, body: { name: 'x', password: PASSWORD } }),
      await call(accounts.POST, 'POST', '', { token: admin, params, body: { name: PASSWORD.repeat(3) } }),
      await call(accounts.POST, 'POST', '', { token: admin, params, rawBody: `{"password": "${PASSWORD}"` }),
      await call(account.PATCH, 'PATCH', '', { token: admin, params: saParams, body: { token: created.token, secret: PASSWORD } }),
      await call(tokens.POST, 'POST', '', { token: admin, params: saParams, body: { name: 'n', scopes: [PASSWORD] } }),
      await call(auditRoute.GET, 'GET', '', { token: admin, params, query: { actor: PASSWORD, cursor: CANARY } }),
      await call(me.GET, 'GET', '', { token: `${created.token}x` }),
      await call(me.GET, 'GET', '', { headers: { authorization: `Basic ${PASSWORD}` } }),
      await call(me.GET, 'GET', '', { token: PASSWORD }),
    ];
    for (const r of misuse) expect([401, 403, 422]).toContain(r.status);

    const list = await call(tokens.GET, 'GET', '', { token: admin, params: saParams });
    const tokenId = list.body.items[0].id;
    expect((await call(token.DELETE, 'DELETE', '', { token: admin, params: { ...saParams, tokenId } })).status).toBe(204);
    expect((await call(me.GET, 'GET', '', { token: created.token })).status).toBe(401);
    await call(auditRoute.GET, 'GET', '', { token: admin, params });
  });

  it('the creation answer carries the token exactly once', () => {
    expect(created).toBeDefined();
    expect(created!.creationResponse.split(created!.token)).toHaveLength(2);
    expect(created!.creationResponse).not.toContain(created!.hash);
  });

  it('appears in no response body, console line or audit event', async () => {
    const events = await (await getDb()).select().from(auditEvents).where(inArray(auditEvents.organizationId, [org.id, owner!.orgId]));
    expect(events.length).toBeGreaterThan(2);
    expect(events.some((e) => e.action.startsWith('auth.sign_in') && e.result === 'failure')).toBe(true);
    const haystacks = {
      responses: captured.responses.join('\n'),
      console: consoleLines.join('\n'),
      audit: JSON.stringify(events),
    };
    expect(captured.responses.length).toBeGreaterThan(10);
    for (const [where, text] of Object.entries(haystacks)) {
      for (const needle of [CANARY, created!.token, created!.hash, created!.token.slice(10), owner!.passwordHash]) {
        expect(text.includes(needle), `${where} contains a secret`).toBe(false);
      }
    }
  });
});
