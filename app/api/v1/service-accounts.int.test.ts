// /api/v1 service accounts and their tokens, called with real tokens against real PostgreSQL:
// what works, and what each kind of caller is refused.
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { apiTokens, auditEvents, serviceAccounts } from '@/lib/db/schema';
import * as accounts from './orgs/[org]/service-accounts/route';
import * as account from './orgs/[org]/service-accounts/[id]/route';
import * as tokens from './orgs/[org]/service-accounts/[id]/tokens/route';
import * as token from './orgs/[org]/service-accounts/[id]/tokens/[tokenId]/route';
import * as me from './me/route';

let org: TestOrg;
let admin: string;

beforeAll(async () => {
  org = await createTestOrg();
  ({ token: admin } = await createTestToken(org, { role: 'admin' }));
});

async function auditCount(orgId: string) {
  const [row] = await (await getDb()).select({ n: count() }).from(auditEvents).where(eq(auditEvents.organizationId, orgId));
  return row!.n;
}

describe('service accounts', () => {
  it('creates, reads, renames, changes the role of, disables, enables and deletes an account, auditing each', async () => {
    const name = randomSlug('ci');
    const created = await call(accounts.POST, 'POST', `/orgs/${org.slug}/service-accounts`, {
      token: admin,
      params: { org: org.slug },
      body: { name, description: 'Deploys from CI' },
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ name, description: 'Deploys from CI', role: 'member', disabled: false, activeTokenCount: 0 });
    const id = created.body.id as string;
    const params = { org: org.slug, id };

    const got = await call(account.GET, 'GET', `/orgs/${org.slug}/service-accounts/${id}`, { token: admin, params });
    expect(got.body).toEqual(created.body);

    const renamed = await call(account.PATCH, 'PATCH', '', { token: admin, params, body: { name: `${name}-2`, role: 'admin' } });
    expect(renamed.status).toBe(200);
    expect(renamed.body).toMatchObject({ name: `${name}-2`, role: 'admin' });

    const disabled = await call(account.PATCH, 'PATCH', '', { token: admin, params, body: { disabled: true } });
    expect(disabled.body.disabled).toBe(true);
    const enabled = await call(account.PATCH, 'PATCH', '', { token: admin, params, body: { disabled: false } });
    expect(enabled.body.disabled).toBe(false);

    const deleted = await call(account.DELETE, 'DELETE', '', { token: admin, params });
    expect(deleted.status).toBe(204);
    expect((await call(account.GET, 'GET', '', { token: admin, params })).status).toBe(404);

    const events = await (await getDb())
      .select({ action: auditEvents.action, requestId: auditEvents.requestId })
      .from(auditEvents)
      .where(and(eq(auditEvents.organizationId, org.id), eq(auditEvents.targetId, id)));
    expect(events.map((e) => e.action).sort()).toEqual(
      [
        'service_account.create',
        'service_account.update',
        'service_account.role_change',
        'service_account.disable',
        'service_account.enable',
        'service_account.delete',
      ].sort(),
    );
    expect(events.every((e) => e.requestId)).toBe(true);
  });

  it('echoes the caller\'s request id and records it in the audit event', async () => {
    const res = await call(accounts.POST, 'POST', '', {
      token: admin,
      params: { org: org.slug },
      body: { name: randomSlug('rid') },
      headers: { 'x-request-id': 'req-sa-create-1' },
    });
    expect(res.headers.get('x-request-id')).toBe('req-sa-create-1');
    const [event] = await (await getDb()).select().from(auditEvents).where(eq(auditEvents.targetId, res.body.id));
    expect(event!.requestId).toBe('req-sa-create-1');
  });

  it('refuses a duplicate name with 409 and never makes an owner', async () => {
    const name = randomSlug('dup');
    await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, body: { name } });
    const dup = await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, body: { name } });
    expect(dup.status).toBe(409);
    expect(dup.body.error.code).toBe('conflict');

    const owner = await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, body: { name: randomSlug(), role: 'owner' } });
    expect(owner.status).toBe(422);
    expect(owner.body.error.fieldErrors.role).toBeDefined();
  });

  it('pages through accounts with limit and cursor', async () => {
    const pageOrg = await createTestOrg();
    const { token: t } = await createTestToken(pageOrg, { name: 'a-admin' });
    for (const n of ['b1', 'b2', 'b3', 'b4']) {
      await call(accounts.POST, 'POST', '', { token: t, params: { org: pageOrg.slug }, body: { name: n } });
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await call(accounts.GET, 'GET', '', { token: t, params: { org: pageOrg.slug }, query: { limit: '2', ...(cursor && { cursor }) } });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((i: { name: string }) => i.name));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(['a-admin', 'b1', 'b2', 'b3', 'b4']);

    for (const query of [{ limit: '0' }, { limit: '101' }, { limit: 'x' }, { cursor: 'garbage!' }, { unknown: '1' }] as Record<string, string>[]) {
      const bad = await call(accounts.GET, 'GET', '', { token: t, params: { org: pageOrg.slug }, query });
      expect(bad.status, JSON.stringify(query)).toBe(422);
    }
  });
});

describe('API tokens', () => {
  it('creates a token that works at once, lists it by prefix only, and revokes it with immediate effect', async () => {
    const { serviceAccountId } = await createTestToken(org, { role: 'member' });
    const params = { org: org.slug, id: serviceAccountId };
    const created = await call(tokens.POST, 'POST', '', { token: admin, params, body: { name: 'deploy', expiresInDays: 7, scopes: ['organization.read'] } });
    expect(created.status).toBe(201);
    const raw = created.body.token as string;
    expect(raw).toMatch(/^flt_[A-Za-z0-9_-]{43}$/);
    expect(created.body.apiToken).toMatchObject({ name: 'deploy', prefix: raw.slice(0, 10), scopes: ['organization.read'], status: 'active' });
    const expires = new Date(created.body.apiToken.expiresAt).getTime();
    expect(Math.abs(expires - (Date.now() + 7 * 86_400_000))).toBeLessThan(60_000);

    const whoami = await call(me.GET, 'GET', '/me', { token: raw });
    expect(whoami.status).toBe(200);
    expect(whoami.body).toMatchObject({ type: 'service_account', id: serviceAccountId, organizations: [{ slug: org.slug, role: 'member' }] });

    const list = await call(tokens.GET, 'GET', '', { token: admin, params });
    expect(list.status).toBe(200);
    const listed = list.body.items.find((t: { id: string }) => t.id === created.body.apiToken.id);
    expect(listed.lastUsedAt).not.toBeNull();
    expect(list.text).not.toContain(raw);
    expect(Object.keys(listed).sort()).toEqual(['createdAt', 'expiresAt', 'id', 'lastUsedAt', 'name', 'prefix', 'revokedAt', 'scopes', 'serviceAccountId', 'status']);

    expect((await call(account.GET, 'GET', '', { token: admin, params })).body.activeTokenCount).toBe(2);
    const revoked = await call(token.DELETE, 'DELETE', '', { token: admin, params: { ...params, tokenId: created.body.apiToken.id } });
    expect(revoked.status).toBe(204);
    expect((await call(account.GET, 'GET', '', { token: admin, params })).body.activeTokenCount).toBe(1);
    expect((await call(me.GET, 'GET', '/me', { token: raw })).status).toBe(401);
    const after = await call(tokens.GET, 'GET', '', { token: admin, params });
    expect(after.body.items.find((t: { id: string }) => t.id === created.body.apiToken.id).status).toBe('revoked');
  });

  it('records last use at most once a minute', async () => {
    const t = await createTestToken(org);
    const db = await getDb();
    const lastUsed = async () => (await db.select({ at: apiTokens.lastUsedAt }).from(apiTokens).where(eq(apiTokens.id, t.tokenId)))[0]!.at;
    expect(await lastUsed()).toBeNull();
    await call(me.GET, 'GET', '/me', { token: t.token });
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await call(me.GET, 'GET', '/me', { token: t.token });
    expect(await lastUsed()).toEqual(first);
    const twoMinutesAgo = new Date(Date.now() - 120_000);
    await db.update(apiTokens).set({ lastUsedAt: twoMinutesAgo }).where(eq(apiTokens.id, t.tokenId));
    await call(me.GET, 'GET', '/me', { token: t.token });
    expect((await lastUsed())!.getTime()).toBeGreaterThan(twoMinutesAgo.getTime() + 60_000);
  });

  it('creates a token that never expires when asked', async () => {
    const { serviceAccountId } = await createTestToken(org);
    const created = await call(tokens.POST, 'POST', '', { token: admin, params: { org: org.slug, id: serviceAccountId }, body: { name: 'forever', expiresInDays: null } });
    expect(created.status).toBe(201);
    expect(created.body.apiToken.expiresAt).toBeNull();
  });

  it('stores only a hash and a prefix', async () => {
    const { serviceAccountId } = await createTestToken(org);
    const created = await call(tokens.POST, 'POST', '', { token: admin, params: { org: org.slug, id: serviceAccountId }, body: { name: 'hashed' } });
    const [row] = await (await getDb()).select().from(apiTokens).where(eq(apiTokens.id, created.body.apiToken.id));
    expect(JSON.stringify(row)).not.toContain(created.body.token);
    expect(row!.tokenHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('disabling an account stops its tokens; deleting it removes them', async () => {
    const victim = await createTestToken(org);
    const params = { org: org.slug, id: victim.serviceAccountId };
    expect((await call(me.GET, 'GET', '/me', { token: victim.token })).status).toBe(200);
    await call(account.PATCH, 'PATCH', '', { token: admin, params, body: { disabled: true } });
    expect((await call(me.GET, 'GET', '/me', { token: victim.token })).status).toBe(401);
    await call(account.PATCH, 'PATCH', '', { token: admin, params, body: { disabled: false } });
    expect((await call(me.GET, 'GET', '/me', { token: victim.token })).status).toBe(200);
    await call(account.DELETE, 'DELETE', '', { token: admin, params });
    expect((await call(me.GET, 'GET', '/me', { token: victim.token })).status).toBe(401);
    const left = await (await getDb()).select().from(apiTokens).where(eq(apiTokens.serviceAccountId, victim.serviceAccountId));
    expect(left).toEqual([]);
  });

  it('answers 404 for a token of another account and for an unknown token id', async () => {
    const a = await createTestToken(org);
    const b = await createTestToken(org);
    const wrong = await call(token.DELETE, 'DELETE', '', { token: admin, params: { org: org.slug, id: b.serviceAccountId, tokenId: a.tokenId } });
    expect(wrong.status).toBe(404);
    const unknown = await call(token.DELETE, 'DELETE', '', { token: admin, params: { org: org.slug, id: a.serviceAccountId, tokenId: 'not-a-uuid' } });
    expect(unknown.status).toBe(404);
    expect((await call(me.GET, 'GET', '/me', { token: a.token })).status).toBe(200);
  });

  it('a token limited to one scope may do only that', async () => {
    const scoped = await createTestToken(org, { role: 'admin', scopes: ['service_accounts.read'] });
    const read = await call(accounts.GET, 'GET', '', { token: scoped.token, params: { org: org.slug } });
    expect(read.status).toBe(200);
    const write = await call(accounts.POST, 'POST', '', { token: scoped.token, params: { org: org.slug }, body: { name: randomSlug() } });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toContain('service_accounts.write');
  });

  it('rejects malformed token input with field errors and creates nothing', async () => {
    const { serviceAccountId } = await createTestToken(org);
    const params = { org: org.slug, id: serviceAccountId };
    const before = await (await getDb()).select({ n: count() }).from(apiTokens).where(eq(apiTokens.serviceAccountId, serviceAccountId));
    const cases: [unknown, string][] = [
      [{}, 'name'],
      [{ name: 'x', expiresInDays: 0 }, 'expiresInDays'],
      [{ name: 'x', expiresInDays: '30' }, 'expiresInDays'],
      [{ name: 'x', scopes: ['everything'] }, 'scopes.0'],
      [{ name: 'x', scopes: ['audit.read', 'audit.read'] }, 'scopes'],
      [{ name: 'x'.repeat(65) }, 'name'],
      [{ name: 'x', admin: true }, 'admin'],
    ];
    for (const [body, field] of cases) {
      const res = await call(tokens.POST, 'POST', '', { token: admin, params, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.fieldErrors[field], JSON.stringify(res.body)).toBeDefined();
    }
    const after = await (await getDb()).select({ n: count() }).from(apiTokens).where(eq(apiTokens.serviceAccountId, serviceAccountId));
    expect(after[0]!.n).toBe(before[0]!.n);
  });
});

describe('malformed service account input', () => {
  it('answers 422 with field errors and changes nothing', async () => {
    const auditBefore = await auditCount(org.id);
    const countBefore = await (await getDb()).select({ n: count() }).from(serviceAccounts).where(eq(serviceAccounts.organizationId, org.id));
    const cases: [unknown, string][] = [
      [{}, 'name'],
      [{ name: 42 }, 'name'],
      [{ name: 'x'.repeat(65) }, 'name'],
      [{ name: 'ok', description: 'd'.repeat(501) }, 'description'],
      [{ name: 'ok', role: 'superuser' }, 'role'],
      [{ name: 'ok', organizationId: org.id }, 'organizationId'],
      [{ name: '   ' }, 'name'],
    ];
    for (const [body, field] of cases) {
      const res = await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.fieldErrors[field], JSON.stringify(res.body)).toBeDefined();
    }
    const badJson = await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, rawBody: '{"name": ' });
    expect(badJson.status).toBe(422);
    const { serviceAccountId } = await createTestToken(org);
    const countMid = await (await getDb()).select({ n: count() }).from(serviceAccounts).where(eq(serviceAccounts.organizationId, org.id));
    for (const body of [{}, { disabled: 'yes' }, { name: '' }, { role: 'owner' }, { id: 'x' }]) {
      const res = await call(account.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, id: serviceAccountId }, body });
      expect(res.status, JSON.stringify(body)).toBe(422);
    }
    const countAfter = await (await getDb()).select({ n: count() }).from(serviceAccounts).where(eq(serviceAccounts.organizationId, org.id));
    expect(countAfter[0]!.n).toBe(countMid[0]!.n);
    expect(countMid[0]!.n).toBe(countBefore[0]!.n + 1);
    expect(await auditCount(org.id)).toBe(auditBefore);
  });
});
