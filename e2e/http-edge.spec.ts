// The HTTP edge against the built console (`next start`): security headers on every answer,
// the console working under its Content-Security-Policy with no violation in the browser, odd
// requests answered 4xx in the API's error shape, server actions refused from other origins,
// and failed-token limits keyed on the socket's address (dedicated servers, so the suite's
// shared server keeps clean limits).
import http from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test, type Page } from './fixtures';
import { freePort } from './harness/free-port';
import { startNextServer, type NextServer } from './harness/next-server';
import { createReadyWorkspace, registerCluster, signUpOrganization, uniqueSuffix } from './support';

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A request exactly as written: fetch would refuse TRACE and re-encode odd paths. */
function raw(base: string, method: string, target: string, headers: Record<string, string> = {}, body?: string): Promise<RawAnswer> {
  const url = new URL(base);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: url.hostname, port: url.port, method, path: target, headers }, (res) => {
      let text = '';
      res.setEncoding('utf8').on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

function expectSecurityHeaders(headers: http.IncomingHttpHeaders | Record<string, string>, what: string) {
  const csp = String(headers['content-security-policy'] ?? '');
  const scriptSrc = csp.split('; ').find((d) => d.startsWith('script-src ')) ?? '';
  expect(scriptSrc, what).toMatch(/'nonce-[A-Za-z0-9+/]{22}==' 'strict-dynamic'$/);
  expect(scriptSrc, what).not.toContain('unsafe-inline');
  expect(scriptSrc, what).not.toContain('unsafe-eval');
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'"]) expect(csp, what).toContain(directive);
  expect(headers['x-content-type-options'], what).toBe('nosniff');
  expect(headers['x-frame-options'], what).toBe('DENY');
  expect(headers['referrer-policy'], what).toBe('strict-origin-when-cross-origin');
  expect(String(headers['permissions-policy']), what).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/);
  // Served over plain http: no HSTS.
  expect(headers['strict-transport-security'], what).toBeUndefined();
}

/** Collects every CSP violation the page reports, from the DOM event and from the console. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`));
  });
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy|CSP violation|Refused to (execute|load|apply|connect|frame)/i.test(text)) violations.push(text);
  });
  return violations;
}

test('every page and API answer carries the security headers, each with a fresh nonce', async ({ baseURL }) => {
  const targets = ['/sign-in', '/sign-up', '/', '/no-such-page', '/api/v1/me', '/api/v1/openapi.json', '/api/healthz', '/api/v1/nothing'];
  const nonces = new Set<string>();
  for (const target of targets) {
    const answer = await raw(baseURL!, 'GET', target);
    expectSecurityHeaders(answer.headers, target);
    nonces.add(/'nonce-([^']+)'/.exec(String(answer.headers['content-security-policy']))![1]!);
  }
  expect(nonces.size).toBe(targets.length);
  // Refusals carry them too.
  expectSecurityHeaders((await raw(baseURL!, 'TRACE', '/api/v1/me')).headers, 'TRACE');
});

test('the console works under its CSP: sign-up, home, clusters, workspaces and an application form, with no violation', async ({ page, controlPlane: cp }) => {
  test.setTimeout(180_000);
  const violations = await watchCsp(page);
  // The theme script is inline and runs only with the nonce: dark mode proves it ran.
  await page.emulateMedia({ colorScheme: 'dark' });
  const { slug } = await signUpOrganization(page);
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await expect(page.getByRole('heading').first()).toBeVisible();
  // In a freshly loaded page, every inline script carries the nonce (scripts that others load
  // need none: 'strict-dynamic').
  await page.reload();
  const inline = await page.locator('script:not([src])').evaluateAll((els) => els.map((e) => (e as HTMLScriptElement).nonce));
  expect(inline.length).toBeGreaterThan(0);
  expect(inline.filter((nonce) => nonce === '')).toEqual([]);

  await registerCluster(page, slug, cp);
  await page.goto(`/orgs/${slug}/clusters`);
  await expect(page.getByRole('link', { name: 'local' })).toBeVisible();
  const ws = `csp-${uniqueSuffix()}`;
  await createReadyWorkspace(page, slug, ws);
  await page.goto(`/orgs/${slug}/workspaces/${ws}/applications/new`);
  await expect(page.getByRole('heading', { name: 'New application' })).toBeVisible();
  // Client-side code runs: the form checks the name as one types, at the field.
  const nameField = page.getByRole('textbox', { name: 'Name (required)' });
  await nameField.fill('Not A Valid Name');
  await nameField.blur();
  await expect(nameField).toHaveAccessibleDescription(/start with a letter and end/);
  await page.goto(`/orgs/${slug}/service-accounts`);
  await expect(page.getByRole('button', { name: 'New service account' }).first()).toBeVisible();
  expect(violations).toEqual([]);

  // The watch works: injected markup with an inline handler (what an XSS would try) is blocked
  // and reported. (A script element added by a trusted script would run: 'strict-dynamic'.)
  await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img alt="" src="data:image/png;base64,AAAA" onerror="window.__injected = true">'));
  await expect.poll(() => violations.length).toBeGreaterThan(0);
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
});

test('odd requests get a 4xx in the error shape, never a 5xx', async ({ baseURL }) => {
  const cases: [string, string, number, string][] = [
    ['TRACE', '/api/v1/me', 405, 'method_not_allowed'],
    ['TRACE', '/sign-in', 405, 'method_not_allowed'],
    ['TRACE', '/', 405, 'method_not_allowed'],
    ['PROPFIND', '/api/v1/me', 405, 'method_not_allowed'],
    ['DELETE', '/sign-in', 405, 'method_not_allowed'],
    ['PUT', '/api/v1/me', 405, 'method_not_allowed'],
    ['GET', '/api/v1/orgs/%E0%A4%A/workspaces', 400, 'invalid_path'],
    ['GET', '/api/v1/orgs/acme/workspaces/%ED%A0%80', 400, 'invalid_path'],
    ['GET', '/api/v1/orgs/acme%00/workspaces', 400, 'invalid_path'],
    ['GET', '/orgs/%E0%A4%A', 400, 'invalid_path'],
    ['GET', '/api/v1/me?x=%00', 400, 'invalid_query'],
    ['GET', '/api/v1/no/such/route', 404, 'not_found'],
  ];
  for (const [method, target, status, code] of cases) {
    const answer = await raw(baseURL!, method, target);
    expect(answer.status, `${method} ${target}`).toBe(status);
    expect(JSON.parse(answer.body), `${method} ${target}`).toMatchObject({ error: { code, message: expect.any(String) } });
  }
  expect((await raw(baseURL!, 'PUT', '/api/v1/me')).headers.allow).toBe('GET, HEAD, OPTIONS');
});

test('a server action is refused from another origin or with none, before it runs; the console\'s own forms work', async ({ page, baseURL }) => {
  const { slug } = await signUpOrganization(page);
  await page.goto(`/orgs/${slug}/service-accounts`);
  // The console's own form: the browser sends Origin, the action runs. Its request is kept to replay.
  const action = page.waitForRequest((r) => r.method() === 'POST' && r.headers()['next-action'] !== undefined);
  await page.getByRole('button', { name: 'New service account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New service account' });
  await dialog.getByLabel('Name').fill('from-the-console');
  await dialog.getByRole('button', { name: 'Create service account' }).click();
  const sent = await action;
  const sentHeaders = await sent.allHeaders();
  await expect(page.getByRole('heading', { name: 'from-the-console' })).toBeVisible();
  expect(sentHeaders.origin).toBe(new URL(baseURL!).origin);

  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const replay = (headers: Record<string, string>) => {
    const body = sent.postData()!.replaceAll('from-the-console', 'cross-site-forgery');
    const base: Record<string, string> = { cookie, 'next-action': sentHeaders['next-action']!, 'content-type': sentHeaders['content-type']! };
    if (sentHeaders['next-router-state-tree']) base['next-router-state-tree'] = sentHeaders['next-router-state-tree'];
    return raw(baseURL!, 'POST', new URL(sent.url()).pathname, { ...base, ...headers }, body);
  };
  const forged: Record<string, string>[] = [{ 'sec-fetch-site': 'cross-site' }, {}, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }, { origin: 'null' }];
  for (const headers of forged) {
    const answer = await replay(headers);
    expect(answer.status, JSON.stringify(headers)).toBe(403);
    expect(JSON.parse(answer.body).error.code).toBe('forbidden');
  }
  const listed = await page.request.get(`/api/v1/orgs/${slug}/service-accounts`);
  const names = ((await listed.json()) as { items: { name: string }[] }).items.map((a) => a.name);
  expect(names).toContain('from-the-console');
  expect(names).not.toContain('cross-site-forgery');
});

/**
 * A server of the describe block's own (its limits stay apart from the shared server's), on an
 * embedded database in a temporary directory; `server` is set once beforeAll has run.
 */
function serveOwn(trustedProxies: string): { server: NextServer } {
  const own = {} as { server: NextServer };
  let dataDir: string;
  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const port = await freePort();
    dataDir = mkdtempSync(path.join(os.tmpdir(), 'flotilla-edge-'));
    own.server = await startNextServer({
      port,
      env: { FLOTILLA_DATA_DIR: dataDir, FLOTILLA_PUBLIC_URL: `http://127.0.0.1:${port}`, FLOTILLA_TRUSTED_PROXIES: trustedProxies },
    });
  });
  test.afterAll(async () => {
    await own.server?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });
  return own;
}

test.describe('failed-token limits on a server of their own', () => {
  const own = serveOwn('');

  test('rotating X-Forwarded-For does not bypass the limit, and a valid token keeps working from the hammered address', async ({ page }) => {
    const { slug } = await signUpOrganization(page, { baseUrl: own.server.url });
    const headers = { origin: own.server.url };
    const account = await page.request.post(`${own.server.url}/api/v1/orgs/${slug}/service-accounts`, { headers, data: { name: 'ci' } });
    expect(account.status()).toBe(201);
    const created = await page.request.post(`${own.server.url}/api/v1/orgs/${slug}/service-accounts/${(await account.json()).id}/tokens`, { headers, data: { name: 'ci' } });
    const token = ((await created.json()) as { token: string }).token;

    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      const answer = await raw(own.server.url, 'GET', '/api/v1/me', { authorization: `Bearer flt_${'B'.repeat(43)}`, 'x-forwarded-for': `203.0.113.${i}`, 'x-real-ip': `203.0.113.${i}` });
      statuses.push(answer.status);
    }
    expect(statuses).toEqual([...Array(10).fill(401), 429, 429]);
    // Spoofing the address does not help the attacker, and the holder of a valid token from the same address is unaffected.
    expect((await raw(own.server.url, 'GET', '/api/v1/me', { authorization: `Bearer flt_${'C'.repeat(43)}`, 'x-forwarded-for': '198.51.100.1' })).status).toBe(429);
    const valid = await raw(own.server.url, 'GET', '/api/v1/me', { authorization: `Bearer ${token}` });
    expect(valid.status).toBe(200);
  });
});

test.describe('behind a trusted proxy', () => {
  // The test runner, on 127.0.0.1, plays the proxy.
  const own = serveOwn('127.0.0.1, ::1');

  test('counts per client the proxy names and sends HSTS when the proxy says https', async () => {
    const badToken = { authorization: `Bearer flt_${'D'.repeat(43)}` };
    for (let i = 0; i < 10; i++) expect((await raw(own.server.url, 'GET', '/api/v1/me', { ...badToken, 'x-forwarded-for': '203.0.113.50' })).status).toBe(401);
    expect((await raw(own.server.url, 'GET', '/api/v1/me', { ...badToken, 'x-forwarded-for': '203.0.113.50' })).status).toBe(429);
    // What the client wrote before the proxy's entry does not matter; another client is not affected.
    expect((await raw(own.server.url, 'GET', '/api/v1/me', { ...badToken, 'x-forwarded-for': '198.51.100.9, 203.0.113.50' })).status).toBe(429);
    expect((await raw(own.server.url, 'GET', '/api/v1/me', { ...badToken, 'x-forwarded-for': '203.0.113.50, 198.51.100.9' })).status).toBe(401);

    const overHttps = await raw(own.server.url, 'GET', '/sign-in', { 'x-forwarded-proto': 'https' });
    expect(overHttps.headers['strict-transport-security']).toMatch(/^max-age=\d+/);
    expect(String(overHttps.headers['content-security-policy'])).toContain('upgrade-insecure-requests');
    expect((await raw(own.server.url, 'GET', '/sign-in')).headers['strict-transport-security']).toBeUndefined();
  });
});
