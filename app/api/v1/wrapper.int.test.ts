// What the API wrapper does for every route: request ids, body limits and odd bodies, paths and
// queries (4xx naming the problem, never a 5xx, nothing stored), and the rate limit on failed
// token attempts per client address (which no client can choose, and which never locks out a
// valid token).
import { count, eq } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, createTestWorkspace, type TestOrg } from '@/lib/api/test-kit';
import { getConfig } from '@/lib/config';
import { parseTrustedProxies } from '@/lib/config/trusted-proxies';
import { getDb } from '@/lib/db/client';
import { serviceAccounts } from '@/lib/db/schema';
import { PEER_ADDRESS_HEADER } from '@/lib/http/arrival-headers';
import * as me from './me/route';
import * as organization from './orgs/[org]/route';
import * as accounts from './orgs/[org]/service-accounts/route';
import * as account from './orgs/[org]/service-accounts/[id]/route';
import * as workspace from './orgs/[org]/workspaces/[ws]/route';
import * as workspaces from './orgs/[org]/workspaces/route';

let org: TestOrg;
let admin: string;

beforeAll(async () => {
  org = await createTestOrg();
  admin = (await createTestToken(org)).token;
});

const BAD_TOKEN = `flt_${'B'.repeat(43)}`;
const randomAddress = (prefix = '192.0.2') => `${prefix}.${Math.floor(Math.random() * 250) + 1}`;

async function accountCount() {
  const [row] = await (await getDb()).select({ n: count() }).from(serviceAccounts).where(eq(serviceAccounts.organizationId, org.id));
  return row!.n;
}

/** Sends bad tokens until refused; returns how many were answered 401 first. */
async function exhaust(headers: Record<string, string> | (() => Record<string, string>)) {
  let attempts = 0;
  for (;;) {
    const res = await call(me.GET, 'GET', '', { token: BAD_TOKEN, headers: typeof headers === 'function' ? headers() : headers });
    if (res.status !== 401) return { attempts, last: res };
    if (++attempts > 50) return { attempts, last: res };
  }
}

describe('the API wrapper', () => {
  it('generates a request id when the caller sends none, and echoes it on errors too', async () => {
    const ok = await call(me.GET, 'GET', '', { token: admin });
    expect(ok.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const denied = await call(me.GET, 'GET', '', { headers: { 'x-request-id': 'trace-42' } });
    expect(denied.status).toBe(401);
    expect(denied.headers.get('x-request-id')).toBe('trace-42');
    expect(denied.headers.get('cache-control')).toBe('no-store');
  });

  it('refuses a body over 1 MiB with 413 and invalid JSON with 422', async () => {
    const big = await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, rawBody: JSON.stringify({ name: 'x', description: 'y'.repeat(1_100_000) }) });
    expect(big.status).toBe(413);
    expect(big.body.error.code).toBe('payload_too_large');
    const broken = await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, rawBody: '{"name": "x",' });
    expect(broken.status).toBe(422);
    expect(broken.body.error).toMatchObject({ code: 'validation_failed', fieldErrors: { _: ['The request body is not valid JSON.'] } });
    const array = await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, body: [1, 2] });
    expect(array.status).toBe(422);
  });
});

describe('odd input', () => {
  const create = (rawBody: string | Uint8Array<ArrayBuffer>) => call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, rawBody });

  it.each([
    ['a NUL in a value', JSON.stringify({ name: 'nul-value', description: 'a\u0000b' }), 'description'],
    ['a NUL in a name', JSON.stringify({ name: 'nul\u0000name' }), 'name'],
    ['a lone high surrogate', '{"name":"surrogate-a","description":"x\\ud800"}', 'description'],
    ['a lone low surrogate', '{"name":"surrogate-b","description":"\\udc00"}', 'description'],
    ['a NUL in a key', '{"name":"nul-key","\\u0000":"x"}', '\u0000'],
  ])('refuses %s with a 422 at the field, storing nothing', async (_, rawBody, field) => {
    const before = await accountCount();
    const res = await create(rawBody);
    expect(res.status).toBe(422);
    expect(res.body.error.fieldErrors[field]).toEqual([expect.stringContaining('NUL character or an unpaired surrogate')]);
    expect(await accountCount()).toBe(before);
  });

  it('refuses a body that is not UTF-8 instead of storing replacement characters', async () => {
    const before = await accountCount();
    const bytes = new Uint8Array([...Buffer.from('{"name":"latin","description":"caf'), 0xe9, 0xed, 0xa0, 0x80, ...Buffer.from('"}')]);
    const res = await create(bytes);
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('The request body is not valid UTF-8.');
    expect(await accountCount()).toBe(before);
  });

  it.each([
    ['arrays', '['.repeat(10_000) + ']'.repeat(10_000), '0'],
    ['objects in a field', `{"name":"deep","description":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`, 'description'],
    ['just past the limit', `{"name":"deep","description":${'['.repeat(65)}${']'.repeat(65)}}`, 'description'],
  ])('refuses JSON nested thousands of levels deep (%s) with a 422', async (_, rawBody, field) => {
    const res = await create(rawBody);
    expect(res.status).toBe(422);
    expect(res.body.error.fieldErrors[field]).toEqual(['Nested more than 64 levels deep.']);
  });

  it('refuses a NUL or a lone surrogate in a path parameter with 400, in any route', async () => {
    for (const bad of ['a\u0000b', 'x\ud800']) {
      const res = await call(workspace.GET, 'GET', '', { token: admin, params: { org: org.slug, ws: bad } });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('invalid_path');
      const orgRes = await call(workspaces.GET, 'GET', '', { token: admin, params: { org: bad } });
      expect(orgRes.status).toBe(400);
    }
  });

  it('refuses a NUL in the query with 422 naming the parameter, whether the route reads it or not', async () => {
    const listed = await call(accounts.GET, 'GET', '', { token: admin, params: { org: org.slug }, query: { cursor: 'a\u0000b' } });
    expect(listed.status).toBe(422);
    expect(listed.body.error.fieldErrors.cursor).toEqual([expect.stringContaining('NUL character')]);
    const ignored = await call(workspaces.GET, 'GET', '', { token: admin, params: { org: org.slug }, query: { anything: 'x\u0000' } });
    expect(ignored.status).toBe(422);
  });
});

describe('required bodies', () => {
  it.each([
    ['no body', undefined],
    ['an empty body', ''],
    ['whitespace', ' \n '],
  ])('refuses %s where the document requires one, with 422 and nothing stored', async (_, rawBody) => {
    const before = await accountCount();
    const res = await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, ...(rawBody === undefined ? {} : { rawBody }) });
    expect(res.status).toBe(422);
    expect(res.body.error.message).toBe('The request body is empty: this operation takes a JSON object.');
    expect(await accountCount()).toBe(before);
  });

  it('answers a PATCH with an empty object 422: "nothing to change", or the fields it requires', async () => {
    const ws = await createTestWorkspace(org);
    const created = await call(accounts.POST, 'POST', '', { token: admin, params: { org: org.slug }, body: { name: `patch-${Date.now()}` } });
    const nothing = await call(workspace.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, ws: ws.name }, rawBody: '{}' });
    expect(nothing.status).toBe(422);
    expect(nothing.body.error.message).toBe('Nothing to change: send at least one field.');
    // A schema with its own rule for it says so in its words.
    const account422 = await call(account.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, id: created.body.id }, rawBody: '{}' });
    expect(account422.status).toBe(422);
    expect(account422.body.error.fieldErrors._).toEqual(['Change at least one field.']);
    const renamed = await call(organization.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug }, rawBody: '{}' });
    expect(renamed.status).toBe(422);
    expect(renamed.body.error.fieldErrors).toEqual({ name: ['Required.'] });
    const empty = await call(workspace.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, ws: ws.name }, rawBody: '' });
    expect(empty.status).toBe(422);
    expect(empty.body.error.message).toContain('The request body is empty');
    const real = await call(workspace.PATCH, 'PATCH', '', { token: admin, params: { org: org.slug, ws: ws.name }, body: { description: 'changed' } });
    expect(real.status).toBe(200);
  });
});

describe('failed-token limits per client address', () => {
  afterEach(() => {
    getConfig().trustedProxies = [];
  });

  it('refuses an address after its failures, with Retry-After, and only that address', async () => {
    const address = randomAddress();
    const { attempts, last } = await exhaust({ [PEER_ADDRESS_HEADER]: address });
    expect(last.status).toBe(429);
    expect(attempts).toBe(10);
    expect(Number(last.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(last.body.error.code).toBe('rate_limited');
    expect((await call(me.GET, 'GET', '', { token: BAD_TOKEN, headers: { [PEER_ADDRESS_HEADER]: randomAddress('198.51.100') } })).status).toBe(401);
  });

  it('keeps a valid token working from an address that is being hammered with bad ones', async () => {
    const address = randomAddress();
    await exhaust({ [PEER_ADDRESS_HEADER]: address });
    expect((await call(me.GET, 'GET', '', { token: BAD_TOKEN, headers: { [PEER_ADDRESS_HEADER]: address } })).status).toBe(429);
    for (let i = 0; i < 3; i++) expect((await call(me.GET, 'GET', '', { token: admin, headers: { [PEER_ADDRESS_HEADER]: address } })).status).toBe(200);
  });

  it('cannot be bypassed by rotating X-Forwarded-For', async () => {
    const address = randomAddress();
    const { attempts, last } = await exhaust(() => ({ [PEER_ADDRESS_HEADER]: address, 'x-forwarded-for': randomAddress('203.0.113'), 'x-real-ip': randomAddress('203.0.113') }));
    expect(last.status).toBe(429);
    expect(attempts).toBe(10);
  });

  it("cannot be turned against another client by claiming its address", async () => {
    const attacker = randomAddress();
    const victim = randomAddress('198.51.100');
    await exhaust({ [PEER_ADDRESS_HEADER]: attacker, 'x-forwarded-for': victim, 'x-real-ip': victim });
    // The victim is untouched: its wrong tokens are still 401s, its right one works.
    expect((await call(me.GET, 'GET', '', { token: BAD_TOKEN, headers: { [PEER_ADDRESS_HEADER]: victim } })).status).toBe(401);
    expect((await call(me.GET, 'GET', '', { token: admin, headers: { [PEER_ADDRESS_HEADER]: victim } })).status).toBe(200);
  });

  it('behind a trusted proxy, counts per client the proxy names, not per proxy and not per claim', async () => {
    getConfig().trustedProxies = parseTrustedProxies('10.0.0.0/8');
    const proxy = { [PEER_ADDRESS_HEADER]: '10.0.0.5' };
    const client = randomAddress();
    // The client wrote its own X-Forwarded-For; the proxy appended the address it saw.
    const { attempts, last } = await exhaust(() => ({ ...proxy, 'x-forwarded-for': `${randomAddress('203.0.113')}, ${client}` }));
    expect(last.status).toBe(429);
    expect(attempts).toBe(10);
    // Another client behind the same proxy is not affected.
    expect((await call(me.GET, 'GET', '', { token: BAD_TOKEN, headers: { ...proxy, 'x-forwarded-for': randomAddress('198.51.100') } })).status).toBe(401);
    // An untrusted peer's X-Forwarded-For is not believed: it is counted as itself.
    const direct = randomAddress('198.51.100');
    const spoof = await exhaust(() => ({ [PEER_ADDRESS_HEADER]: direct, 'x-forwarded-for': randomAddress('203.0.113') }));
    expect(spoof.attempts).toBe(10);
  });
});
