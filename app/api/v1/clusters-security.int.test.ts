// Cluster registration's security properties, against real PostgreSQL and the shared
// kube-apiserver: kubeconfigs never run commands or read files, forbidden addresses are refused
// before any connection, a canary credential appears nowhere but in its ciphertext, ciphertexts
// do not decrypt on another cluster's row, and key rotation re-encrypts what it can read.
import { randomBytes } from 'node:crypto';
import dns from 'node:dns';
import { existsSync, mkdtempSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { inject } from 'vitest';
import { stringify } from 'yaml';
import { call, captured, createTestOrg, createTestToken, type TestOrg } from '@/lib/api/test-kit';
import { clusterClientFor } from '@/lib/clusters';
import { CredentialsUnreadableError, decryptCredentials, encryptCredentials, keyIdOf } from '@/lib/clusters/credentials-crypto';
import { reencryptCredentials } from '@/lib/clusters/rotate-keys';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { auditEvents, clusters } from '@/lib/db/schema';
import * as list from './orgs/[org]/clusters/route';
import * as one from './orgs/[org]/clusters/[cluster]/route';
import * as test from './orgs/[org]/clusters/[cluster]/test/route';

const kube = inject('kube');
const CANARY = `canary-${randomBytes(8).toString('hex')}`;
const consoleLines: string[] = [];
let org: TestOrg;
let admin: string;

beforeAll(async () => {
  for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    const original = console[level].bind(console);
    vi.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      consoleLines.push(args.map((a) => (a instanceof Error ? `${a.name} ${a.message} ${a.stack}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      original(...args);
    });
  }
  org = await createTestOrg();
  admin = (await createTestToken(org, { role: 'admin' })).token;
});

afterAll(() => vi.restoreAllMocks());

const register = (body: unknown, target = org, token = admin) => call(list.POST, 'POST', '', { token, body, params: { org: target.slug } });
const kubeconfigWith = (user: Record<string, unknown>, cluster: Record<string, unknown> = {}) =>
  stringify({
    apiVersion: 'v1',
    kind: 'Config',
    'current-context': 'main',
    clusters: [{ name: 'c', cluster: { server: kube.url, 'certificate-authority-data': Buffer.from(kube.caPem).toString('base64'), ...cluster } }],
    users: [{ name: 'u', user }],
    contexts: [{ name: 'main', context: { cluster: 'c', user: 'u' } }],
  });

describe('a pasted kubeconfig', () => {
  it('with an exec plugin is refused, and its command never runs', async () => {
    const marker = path.join(mkdtempSync(path.join(os.tmpdir(), 'flotilla-exec-')), 'ran');
    const res = await register({ name: 'exec', credentials: { type: 'kubeconfig', kubeconfig: kubeconfigWith({ exec: { apiVersion: 'client.authentication.k8s.io/v1', command: 'touch', args: [marker] } }) } });
    expect(res.status).toBe(422);
    expect(res.body.error.fieldErrors['credentials.kubeconfig'][0]).toMatch(/running a command \(exec\)\. Flotilla never runs commands/);
    await new Promise((r) => setTimeout(r, 300));
    expect(existsSync(marker)).toBe(false);
  });

  it.each([
    ['tokenFile', { tokenFile: '/var/run/secrets/kubernetes.io/serviceaccount/token' }, {}, /reads its token from a file/],
    ['client-key path', { 'client-certificate-data': Buffer.from(kube.caPem).toString('base64'), 'client-key': '/etc/kubernetes/pki/admin.key' }, {}, /points to a file \(client-key\)/],
    ['proxy-url', { token: 't' }, { 'proxy-url': 'http://attacker:3128' }, /through a proxy \(proxy-url\)/],
    ['certificate-authority path', { token: 't' }, { 'certificate-authority': '/etc/ssl/ca.pem' }, /points to a CA file/],
  ])('with %s is refused with what to paste instead', async (_, user, cluster, message) => {
    const res = await register({ name: 'refused', credentials: { type: 'kubeconfig', kubeconfig: kubeconfigWith(user, cluster) } });
    expect(res.status).toBe(422);
    expect(res.body.error.fieldErrors['credentials.kubeconfig'].join(' ')).toMatch(message);
  });
});

describe('forbidden addresses', () => {
  it('are refused without any lookup or connection attempt', async () => {
    const connects = vi.spyOn(net.Socket.prototype, 'connect');
    const lookups = vi.spyOn(dns, 'lookup');
    const promiseLookups = vi.spyOn(dns.promises, 'lookup');
    try {
      for (const address of ['https://169.254.169.254', 'https://metadata.google.internal', 'https://0.0.0.0:6443', 'https://[fe80::1]:443', 'https://100.100.100.200']) {
        const res = await register({ name: 'meta', apiServerUrl: address, credentials: { type: 'token', token: CANARY } });
        expect(res.status, address).toBe(422);
        expect(res.body.error.fieldErrors.apiServerUrl[0], address).toMatch(/metadata|link-local|unspecified/);
      }
      const viaKubeconfig = await register({ name: 'meta', credentials: { type: 'kubeconfig', kubeconfig: kubeconfigWith({ token: 't' }, { server: 'https://169.254.169.254' }) } });
      expect(viaKubeconfig.body.error.fieldErrors['credentials.kubeconfig'][0]).toMatch(/link-local/);
      const targets = connects.mock.calls.map((c) => JSON.stringify(c[0]));
      expect(targets.filter((t) => /169\.254|metadata|0\.0\.0\.0|fe80|100\.100\.100\.200/.test(t))).toEqual([]);
      expect([...lookups.mock.calls, ...promiseLookups.mock.calls].map((c) => c[0])).toEqual([]);
      // The spies do see real attempts: a name the policy allows is looked up and connected to.
      const byName = await register({ name: 'by-name', apiServerUrl: kube.url.replace('127.0.0.1', 'localhost'), caPem: kube.caPem, credentials: { type: 'token', token: kube.restrictedToken } });
      expect(byName.body.health.status).toBe('reachable');
      expect(promiseLookups.mock.calls.map((c) => c[0])).toContain('localhost');
      expect(connects.mock.calls.length).toBeGreaterThan(0);
    } finally {
      connects.mockRestore();
      lookups.mockRestore();
      promiseLookups.mockRestore();
    }
    expect((await (await getDb()).select().from(clusters).where(eq(clusters.organizationId, org.id))).map((c) => c.name)).not.toContain('meta');
  });
});

describe('a canary credential', () => {
  it('is absent from every response, log line, audit event and database column but its ciphertext', async () => {
    expect((await register({ name: 'canary', apiServerUrl: kube.url, caPem: kube.caPem, credentials: { type: 'token', token: CANARY } })).status).toBe(201);
    const viaKubeconfig = await register({ name: 'canary-kubeconfig', credentials: { type: 'kubeconfig', kubeconfig: kubeconfigWith({ token: `${CANARY}-k` }) } });
    expect(viaKubeconfig.body.health.status).toBe('auth_failed');
    const params = { org: org.slug, cluster: 'canary' };
    await call(one.PATCH, 'PATCH', '', { token: admin, params, body: { credentials: { type: 'token', token: `${CANARY}-rotated` } } });
    await call(one.PATCH, 'PATCH', '', { token: admin, params, body: { description: 'renamed keeps it' } });
    await call(one.PATCH, 'PATCH', '', { token: admin, params, body: { credentials: { type: 'token', token: `${CANARY} has spaces` } } });
    await call(test.POST, 'POST', '', { token: admin, params });
    await call(one.GET, 'GET', '', { token: admin, params });
    await call(list.GET, 'GET', '', { token: admin, params: { org: org.slug } });
    await register({ name: 'canary', apiServerUrl: kube.url, credentials: { type: 'token', token: CANARY } });
    await register({ name: 'Bad Name', apiServerUrl: 'http://x', credentials: { type: 'token', token: CANARY, extra: CANARY } });

    const db = await getDb();
    const events = await db.select().from(auditEvents).where(eq(auditEvents.organizationId, org.id));
    expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['cluster.register', 'cluster.update', 'cluster.test']));
    const rowsOf = async <T,>(query: ReturnType<typeof sql>) => ((await db.execute(query)) as unknown as { rows: T[] }).rows;
    const tables = await rowsOf<{ table_name: string }>(sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`);
    const dump: string[] = [];
    for (const { table_name: t } of tables) {
      const rows = await rowsOf<{ row: string }>(sql.raw(`select (to_jsonb(t) - 'credentials_ciphertext')::text as row from "${t}" t`));
      dump.push(...rows.map((r) => r.row));
    }
    expect(dump.join('\n')).toContain(org.slug);
    const haystacks = { responses: captured.responses.join('\n'), console: consoleLines.join('\n'), audit: JSON.stringify(events), database: dump.join('\n') };
    for (const [where, text] of Object.entries(haystacks)) expect(text.includes(CANARY), `${where} contains the canary`).toBe(false);
  });
});

describe('ciphertexts', () => {
  it("copied onto another organization's (or cluster's) row fail to decrypt", async () => {
    const other = await createTestOrg();
    const otherAdmin = (await createTestToken(other, { role: 'admin' })).token;
    const good = { apiServerUrl: kube.url, caPem: kube.caPem, credentials: { type: 'token', token: kube.restrictedToken } };
    expect((await register({ name: 'source', ...good })).body.health.status).toBe('reachable');
    expect((await register({ name: 'victim', ...good, credentials: { type: 'token', token: 'other' } }, other, otherAdmin)).status).toBe(201);
    expect((await register({ name: 'sibling', ...good, credentials: { type: 'token', token: 'other' } })).status).toBe(201);
    const db = await getDb();
    const [source] = await db.select().from(clusters).where(and(eq(clusters.organizationId, org.id), eq(clusters.name, 'source')));
    for (const [target, name, token] of [[other, 'victim', otherAdmin], [org, 'sibling', admin]] as const) {
      await db.update(clusters).set({ credentialsCiphertext: source!.credentialsCiphertext, credentialsKeyId: source!.credentialsKeyId }).where(and(eq(clusters.organizationId, target.id), eq(clusters.name, name)));
      const report = await call(test.POST, 'POST', '', { token, params: { org: target.slug, cluster: name } });
      expect(report.body).toMatchObject({ health: 'auth_failed', problem: 'auth_failed', summary: expect.stringContaining('do not decrypt for this cluster') });
      const [row] = await db.select().from(clusters).where(and(eq(clusters.organizationId, target.id), eq(clusters.name, name)));
      await expect(clusterClientFor(row!.id)).rejects.toBeInstanceOf(CredentialsUnreadableError);
    }
  });

  it('are re-encrypted under a new key by the rotation, readable under it alone', async () => {
    const rotating = await createTestOrg();
    const rotatingAdmin = (await createTestToken(rotating, { role: 'admin' })).token;
    const res = await register({ name: 'rotated', apiServerUrl: kube.url, caPem: kube.caPem, credentials: { type: 'token', token: kube.restrictedToken } }, rotating, rotatingAdmin);
    const oldKey = getConfig().secretKey;
    const newKey = randomBytes(32);
    const db = await getDb();
    expect(await reencryptCredentials(db, { current: newKey, previous: [] }, { organizationId: rotating.id })).toMatchObject({ reencrypted: 0, unreadable: [{ clusterId: res.body.id, keyId: keyIdOf(oldKey) }] });
    expect(await reencryptCredentials(db, { current: newKey, previous: [oldKey] }, { organizationId: rotating.id })).toEqual({ reencrypted: 1, unreadable: [] });
    const [row] = await db.select().from(clusters).where(eq(clusters.id, res.body.id));
    expect(row!.credentialsKeyId).toBe(keyIdOf(newKey));
    const binding = { organizationId: rotating.id, clusterId: row!.id };
    const stored = { ciphertext: row!.credentialsCiphertext, keyId: row!.credentialsKeyId };
    expect(decryptCredentials(stored, binding, [newKey])).toEqual({ kind: 'token', token: kube.restrictedToken });
    expect(() => decryptCredentials(stored, binding, [oldKey])).toThrow(CredentialsUnreadableError);
    const [event] = await db.select().from(auditEvents).where(and(eq(auditEvents.organizationId, rotating.id), eq(auditEvents.action, 'cluster.reencrypt')));
    expect(event!.details).toEqual({ fromKeyId: keyIdOf(oldKey), toKeyId: keyIdOf(newKey) });
    // Back under the server's key, so the rest of the suite can still read it.
    expect((await reencryptCredentials(db, { current: oldKey, previous: [newKey] }, { organizationId: rotating.id })).reencrypted).toBe(1);
    expect(encryptCredentials({ kind: 'token', token: 'x' }, binding, oldKey).keyId).toBe(keyIdOf(oldKey));
  });
});
