// No credential reaches a log, in development or in production. Each mode's server is started
// here with everything it prints captured; an owner signs up with a canary password and registers
// clusters with canary credentials through the console's forms (server actions) and the REST API:
// a bearer token, a client certificate's key and a pasted kubeconfig holding a token and a client
// key, against the real API server (which refuses them: the connection test fails) and against a
// closed port, plus edits that replace the credentials. Then nothing printed may contain any of
// them, raw or base64. (`next dev` prints every server function's arguments unless
// `logging.serverFunctions` is off in next.config.js.)
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import type { ControlPlane } from './harness/control-plane';
import { freePort } from './harness/free-port';
import { startNextServer, type NextServer } from './harness/next-server';
import { expect, test, type Page } from './fixtures';
import { signUpOrganization } from './support';

const canary = (what: string) => `canary-${what}-${randomBytes(12).toString('hex')}`;
const b64 = (s: string) => Buffer.from(s).toString('base64');

/**
 * What to search for: the secret (for a PEM key, each full line of its body, since a log may
 * escape the line breaks) and its base64 form (as a kubeconfig holds it: for a key, a stretch
 * from its middle, the start of every PEM's base64 being alike).
 */
function needles(secret: string): string[] {
  const lines = secret.split('\n').filter((l) => l.length >= 40 && !l.startsWith('-----'));
  const encoded = b64(secret);
  const middle = Math.floor(encoded.length / 2);
  return [...(lines.length > 0 ? lines : [secret]), encoded.length > 120 ? encoded.slice(middle, middle + 60) : encoded];
}

function kubeconfig(cp: ControlPlane, token: string, cert: { certPem: string; keyPem: string }) {
  return stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'with-token',
    clusters: [{ name: 'local', cluster: { server: cp.url, 'certificate-authority-data': b64(cp.caPem) } }],
    users: [
      { name: 'token-user', user: { token } },
      { name: 'cert-user', user: { 'client-certificate-data': b64(cert.certPem), 'client-key-data': b64(cert.keyPem) } },
    ],
    contexts: [
      { name: 'with-token', context: { cluster: 'local', user: 'token-user' } },
      { name: 'with-cert', context: { cluster: 'local', user: 'cert-user' } },
    ],
  });
}

async function registerThroughForm(page: Page, slug: string, name: string, fill: (page: Page) => Promise<void>) {
  await page.goto(`/orgs/${slug}/clusters/new`);
  await page.getByRole('textbox', { name: /^Name/ }).fill(name);
  await fill(page);
  await page.getByRole('button', { name: 'Register and test' }).click();
  await expect(page).toHaveURL(`/orgs/${slug}/clusters/${name}`, { timeout: 60_000 });
}

/**
 * `next dev` compiles a route on its first request, which on a busy machine outlasts the form
 * steps' waits: request each route the flow uses first (signed out, they only redirect or 401).
 */
async function compileRoutes(server: NextServer) {
  for (const route of ['/sign-up', '/orgs/warm-up', '/orgs/warm-up/clusters/new', '/orgs/warm-up/clusters/warm-up', '/api/v1/orgs/warm-up/clusters', '/api/v1/orgs/warm-up/clusters/warm-up']) {
    await fetch(`${server.url}${route}`, { redirect: 'manual', signal: AbortSignal.timeout(180_000) });
  }
}

for (const mode of ['dev', 'start'] as const) {
  test(`no credential reaches the log of next ${mode}`, async ({ browser, controlPlane: cp }) => {
    test.setTimeout(mode === 'dev' ? 480_000 : 120_000);
    const secrets = {
      password: `correct horse ${canary('password')}`,
      formToken: canary('form-token'),
      editToken: canary('edit-token'),
      apiToken: canary('api-token'),
      apiEditToken: canary('api-edit-token'),
      kubeconfigToken: canary('kubeconfig-token'),
      restrictedToken: cp.restrictedToken,
    };
    const formCert = cp.issueClientCertificate(canary('form-user'));
    const kubeconfigCert = cp.issueClientCertificate(canary('kubeconfig-user'));
    const pasted = kubeconfig(cp, secrets.kubeconfigToken, kubeconfigCert);
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'flotilla-secrets-'));
    const port = await freePort();
    let server: NextServer | undefined;
    try {
      server = await startNextServer({
        port,
        mode,
        env: {
          // Embedded PGlite in a throwaway data directory; `next dev` builds into its own dist dir.
          DATABASE_URL: undefined,
          FLOTILLA_DATA_DIR: dataDir,
          FLOTILLA_PUBLIC_URL: `http://127.0.0.1:${port}`,
          FLOTILLA_CLUSTER_ADDRESSES: 'loopback',
          ...(mode === 'dev' ? { NEXT_DIST_DIR: '.next-secrets' } : {}),
        },
      });
      if (mode === 'dev') await compileRoutes(server);
      const context = await browser.newContext({ baseURL: server.url });
      const page = await context.newPage();
      const { slug } = await signUpOrganization(page, { password: secrets.password });

      // The forms: a token the API server refuses, a client certificate it does not know, and a
      // pasted kubeconfig's token context — each registered, each failing its connection test.
      await registerThroughForm(page, slug, 'form-token', async (p) => {
        await p.getByRole('textbox', { name: /^API server address/ }).fill(cp.url);
        await p.getByRole('textbox', { name: /^CA certificate/ }).fill(cp.caPem);
        await p.getByRole('textbox', { name: /^Token/ }).fill(secrets.formToken);
      });
      await expect(page.getByTestId('cluster-health')).not.toHaveText('Reachable');
      await registerThroughForm(page, slug, 'form-cert', async (p) => {
        await p.getByRole('textbox', { name: /^API server address/ }).fill(cp.url);
        await p.getByRole('textbox', { name: /^CA certificate/ }).fill(cp.caPem);
        await p.getByText('Client certificate', { exact: true }).click();
        await p.getByRole('textbox', { name: /^Client certificate/ }).fill(formCert.certPem);
        await p.getByRole('textbox', { name: /^Client key/ }).fill(formCert.keyPem);
      });
      await registerThroughForm(page, slug, 'form-kubeconfig', async (p) => {
        await p.getByText('Paste a kubeconfig').click();
        await p.getByRole('textbox', { name: /^Kubeconfig/ }).fill(pasted);
        await expect(p.getByRole('combobox', { name: 'Context' })).toHaveValue('with-token');
      });
      // An edit through the form that replaces the credentials (tested again on save).
      await page.goto(`/orgs/${slug}/clusters/form-token`);
      await page.getByRole('button', { name: 'Edit' }).click();
      const dialog = page.getByRole('dialog', { name: 'Edit cluster form-token' });
      await dialog.getByText('Replace the credentials').click();
      await dialog.getByRole('textbox', { name: /^Token/ }).fill(secrets.editToken);
      await dialog.getByRole('button', { name: 'Save' }).click();
      await expect(dialog).toBeHidden({ timeout: 60_000 });

      // The REST API, as the signed-in owner (same origin): a working registration, one to a
      // closed port, the kubeconfig's certificate context, a bad request, and an edit.
      const rest = (method: string, url: string, data?: unknown) =>
        page.request.fetch(`/api/v1/orgs/${slug}${url}`, { method, data, headers: { origin: server!.url } });
      const closed = await freePort();
      const registrations = [
        [{ name: 'api-good', apiServerUrl: cp.url, caPem: cp.caPem, credentials: { type: 'token', token: secrets.restrictedToken } }, 201],
        [{ name: 'api-closed', apiServerUrl: `https://127.0.0.1:${closed}`, credentials: { type: 'token', token: secrets.apiToken } }, 201],
        [{ name: 'api-kubeconfig', credentials: { type: 'kubeconfig', kubeconfig: pasted, context: 'with-cert' } }, 201],
        [{ name: 'api-refused', apiServerUrl: 'https://169.254.169.254', credentials: { type: 'token', token: secrets.apiToken }, extra: secrets.apiToken }, 422],
      ] as const;
      for (const [body, status] of registrations) expect((await rest('POST', '/clusters', body)).status(), body.name).toBe(status);
      expect((await rest('PATCH', '/clusters/api-closed', { credentials: { type: 'token', token: secrets.apiEditToken } })).status()).toBe(200);
      expect((await rest('PATCH', '/clusters/api-good', { credentials: { type: 'client_certificate', clientCertificatePem: formCert.certPem, clientKeyPem: 'not a key' } })).status()).toBe(422);
      await context.close();
    } finally {
      await server?.stop();
      rmSync(dataDir, { recursive: true, force: true });
    }

    const printed = server!.output();
    expect(printed.length, 'the server printed something').toBeGreaterThan(0);
    const all = { ...secrets, formKey: formCert.keyPem, kubeconfigKey: kubeconfigCert.keyPem };
    const leaks = Object.entries(all).flatMap(([name, secret]) => needles(secret).filter((n) => printed.includes(n)).map(() => name));
    expect([...new Set(leaks)], `credentials in the output of next ${mode}`).toEqual([]);
  });
}
