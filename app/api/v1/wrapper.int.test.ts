// What the API wrapper does for every route: request ids, body limits, invalid JSON, and the
// rate limit on failed token attempts per client address.
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, type TestOrg } from '@/lib/api/test-kit';
import * as me from './me/route';
import * as accounts from './orgs/[org]/service-accounts/route';

let org: TestOrg;
let admin: string;

beforeAll(async () => {
  org = await createTestOrg();
  admin = (await createTestToken(org)).token;
});

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

  it('rate limits failed token attempts per client address, with Retry-After, and only that address', async () => {
    const address = `192.0.2.${Math.floor(Math.random() * 250) + 1}`;
    const headers = { 'x-forwarded-for': address };
    let status = 401;
    let attempts = 0;
    while (status === 401 && attempts < 100) {
      status = (await call(me.GET, 'GET', '', { token: `flt_${'B'.repeat(43)}`, headers })).status;
      attempts++;
    }
    expect(status).toBe(429);
    expect(attempts).toBeGreaterThan(3);
    const limited = await call(me.GET, 'GET', '', { token: admin, headers });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.body.error.code).toBe('rate_limited');
    expect((await call(me.GET, 'GET', '', { token: admin })).status).toBe(200);
  });
});
