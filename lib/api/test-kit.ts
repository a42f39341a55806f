// Integration-test helpers for /api/v1 route handlers: organizations, people and service
// accounts created straight in the shared database (random slugs, nothing truncated), and a
// caller that invokes a handler with `new Request(...)` the way Next does. Every response body
// passes through `captured`, so the canary test can search all of them.
import { randomBytes, randomUUID } from 'node:crypto';
import { getDb } from '@/lib/db/client';
import { apiTokens, clusters, memberships, organizations, serviceAccounts, users, workspaces } from '@/lib/db/schema';
import type { OrgRole } from '@/lib/auth/permissions';
import { displayPrefix, generateToken, hashToken } from '@/lib/api-tokens/token';
import { PEER_ADDRESS_HEADER } from '@/lib/http/arrival-headers';
import type { RouteHandler } from './route';

export const TEST_ORIGIN = 'http://localhost:3000';

export const captured = { responses: [] as string[] };

export interface TestOrg {
  id: string;
  slug: string;
  name: string;
  ownerId: string;
}

export function randomSlug(prefix = 'org'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

export async function createTestUser(opts: { email?: string; name?: string } = {}) {
  const db = await getDb();
  const email = opts.email ?? `${randomSlug('user')}@example.com`;
  const [user] = await db.insert(users).values({ email, name: opts.name ?? email.split('@')[0]! }).returning();
  return user!;
}

export async function createTestOrg(name = 'Test org'): Promise<TestOrg> {
  const db = await getDb();
  const slug = randomSlug();
  const [org] = await db.insert(organizations).values({ slug, name }).returning();
  const owner = await createTestUser();
  await db.insert(memberships).values({ organizationId: org!.id, userId: owner.id, role: 'owner' });
  return { id: org!.id, slug, name, ownerId: owner.id };
}

export async function addTestMember(org: TestOrg, role: OrgRole) {
  const user = await createTestUser();
  await (await getDb()).insert(memberships).values({ organizationId: org.id, userId: user.id, role });
  return user;
}

export interface TestTokenOptions {
  role?: 'member' | 'admin';
  scopes?: string[];
  expiresAt?: Date | null;
  revoked?: boolean;
  disabled?: boolean;
  name?: string;
}

/** A service account of `org` with one token; returns the raw token and the ids. */
export async function createTestToken(org: TestOrg, opts: TestTokenOptions = {}) {
  const db = await getDb();
  const [account] = await db
    .insert(serviceAccounts)
    .values({
      organizationId: org.id,
      name: opts.name ?? randomSlug('sa'),
      role: opts.role ?? 'admin',
      disabledAt: opts.disabled ? new Date() : null,
    })
    .returning();
  const token = generateToken();
  const [row] = await db
    .insert(apiTokens)
    .values({
      organizationId: org.id,
      serviceAccountId: account!.id,
      name: 'test',
      prefix: displayPrefix(token),
      tokenHash: hashToken(token),
      scopes: opts.scopes ?? [],
      expiresAt: opts.expiresAt ?? null,
      revokedAt: opts.revoked ? new Date() : null,
    })
    .returning();
  return { token, serviceAccountId: account!.id, tokenId: row!.id };
}

export interface CallOptions {
  token?: string;
  body?: unknown;
  /** Raw body, sent as is (for invalid JSON or invalid UTF-8). */
  rawBody?: string | Uint8Array<ArrayBuffer>;
  params?: Record<string, string>;
  query?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface CallResult {
  status: number;
  headers: Headers;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read whatever came back
  body: any;
  text: string;
}

/**
 * Calls a route handler. Each call comes from a fresh client address unless one is given, so
 * the failed-token rate limit only bites where a test means it to.
 */
export async function call(handler: RouteHandler, method: string, path: string, opts: CallOptions = {}): Promise<CallResult> {
  const url = new URL(`http://localhost:3000/api/v1${path}`);
  for (const [k, v] of Object.entries(opts.query ?? {})) url.searchParams.set(k, v);
  // The peer address is what the HTTP server records for each connection (lib/api/peer-address.ts).
  const headers = new Headers({ [PEER_ADDRESS_HEADER]: `10.${rand()}.${rand()}.${rand()}`, ...opts.headers });
  if (opts.token) headers.set('authorization', `Bearer ${opts.token}`);
  const hasBody = opts.body !== undefined || opts.rawBody !== undefined;
  if (hasBody) headers.set('content-type', 'application/json');
  const request = new Request(url, {
    method,
    headers,
    body: hasBody ? (opts.rawBody ?? JSON.stringify(opts.body)) : undefined,
  });
  const response = await handler(request, { params: Promise.resolve(opts.params ?? {}) });
  const text = await response.text();
  captured.responses.push(text);
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = text;
  }
  return { status: response.status, headers: response.headers, body, text };
}

function rand() {
  return Math.floor(Math.random() * 250) + 1;
}

/**
 * A ready workspace on a cluster row with no API server behind it: for tests that stop at
 * PostgreSQL (operations stay pending). `flinkVersions` are what its CRD would offer.
 */
export async function createTestWorkspace(org: TestOrg, flinkVersions: string[] = []) {
  const db = await getDb();
  const [cluster] = await db
    .insert(clusters)
    .values({ organizationId: org.id, name: randomSlug('local'), apiServerUrl: 'https://127.0.0.1:1', credentialKind: 'token', credentialsCiphertext: 'x', credentialsKeyId: 'k', flinkVersions })
    .returning();
  const name = randomSlug('ws');
  const [workspace] = await db.insert(workspaces).values({ organizationId: org.id, clusterId: cluster!.id, name, namespace: name, state: 'ready' }).returning();
  return workspace!;
}

export { randomUUID };
