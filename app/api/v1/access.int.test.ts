// The access matrix of every /api/v1 endpoint: another organization's token → 404 with none of
// the organization's data; a member-role account → 403 where admins are needed; a token without
// the scope → 403; revoked, expired or disabled-account tokens and no credentials → 401; the
// right token → success. Refusals change nothing.
import { randomBytes } from 'node:crypto';
import { and, eq, isNull } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addTestMember, call, createTestOrg, createTestToken, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { invitations, memberships } from '@/lib/db/schema';
import type { RouteHandler } from '@/lib/api/route';
import type { OrgPermission } from '@/lib/auth/permissions';
import * as orgRoute from './orgs/[org]/route';
import * as members from './orgs/[org]/members/route';
import * as member from './orgs/[org]/members/[userId]/route';
import * as invites from './orgs/[org]/invitations/route';
import * as invite from './orgs/[org]/invitations/[id]/route';
import * as auditEvents from './orgs/[org]/audit-events/route';
import * as accounts from './orgs/[org]/service-accounts/route';
import * as account from './orgs/[org]/service-accounts/[id]/route';
import * as tokens from './orgs/[org]/service-accounts/[id]/tokens/route';
import * as token from './orgs/[org]/service-accounts/[id]/tokens/[tokenId]/route';

interface Fixture {
  org: TestOrg;
  /** A fresh service account with one token, for endpoints that act on one. */
  freshAccount(): Promise<{ serviceAccountId: string; tokenId: string }>;
}

interface Endpoint {
  name: string;
  handler: RouteHandler;
  method: string;
  /** The path params (given the target organization), creating what the call needs. */
  params(fx: Fixture): Promise<Record<string, string>>;
  body?: () => unknown;
  /** Admins and owners only (false: any member may call it). */
  adminOnly: boolean;
  permission: OrgPermission;
  /** After a refused call: the resource the params name is as it was. */
  unchanged?: (params: Record<string, string>) => Promise<void>;
}

const accountParams = async (fx: Fixture) => ({ org: fx.org.slug, id: (await fx.freshAccount()).serviceAccountId });
const memberParams = async (fx: Fixture) => ({ org: fx.org.slug, userId: (await addTestMember(fx.org, 'member')).id });

async function freshInvitation(org: TestOrg) {
  const [row] = await (await getDb())
    .insert(invitations)
    .values({ organizationId: org.id, email: `${randomSlug('inv')}@example.com`, role: 'member', tokenHash: randomBytes(32).toString('hex'), expiresAt: new Date(Date.now() + 86_400_000) })
    .returning();
  return row!.id;
}

async function memberUnchanged(params: Record<string, string>) {
  const [row] = await (await getDb()).select().from(memberships).where(eq(memberships.userId, params.userId!));
  expect(row?.role).toBe('member');
}

async function invitationUnchanged(params: Record<string, string>) {
  const [row] = await (await getDb()).select().from(invitations).where(and(eq(invitations.id, params.id!), isNull(invitations.revokedAt)));
  expect(row).toBeDefined();
}

const ENDPOINTS: Endpoint[] = [
  { name: 'get the organization', handler: orgRoute.GET, method: 'GET', params: async (fx) => ({ org: fx.org.slug }), adminOnly: false, permission: 'organization.read' },
  { name: 'rename the organization', handler: orgRoute.PATCH, method: 'PATCH', params: async (fx) => ({ org: fx.org.slug }), body: () => ({ name: 'Target org' }), adminOnly: true, permission: 'organization.update' },
  { name: 'list members', handler: members.GET, method: 'GET', params: async (fx) => ({ org: fx.org.slug }), adminOnly: true, permission: 'members.read' },
  { name: "change a member's role", handler: member.PATCH, method: 'PATCH', params: memberParams, body: () => ({ role: 'admin' }), adminOnly: true, permission: 'members.write', unchanged: memberUnchanged },
  { name: 'remove a member', handler: member.DELETE, method: 'DELETE', params: memberParams, adminOnly: true, permission: 'members.write', unchanged: memberUnchanged },
  { name: 'list invitations', handler: invites.GET, method: 'GET', params: async (fx) => ({ org: fx.org.slug }), adminOnly: true, permission: 'members.read' },
  { name: 'invite someone', handler: invites.POST, method: 'POST', params: async (fx) => ({ org: fx.org.slug }), body: () => ({ email: `${randomSlug('new')}@example.com` }), adminOnly: true, permission: 'members.write' },
  { name: 'revoke an invitation', handler: invite.DELETE, method: 'DELETE', params: async (fx) => ({ org: fx.org.slug, id: await freshInvitation(fx.org) }), adminOnly: true, permission: 'members.write', unchanged: invitationUnchanged },
  { name: 'list service accounts', handler: accounts.GET, method: 'GET', params: async (fx) => ({ org: fx.org.slug }), adminOnly: true, permission: 'service_accounts.read' },
  { name: 'create a service account', handler: accounts.POST, method: 'POST', params: async (fx) => ({ org: fx.org.slug }), body: () => ({ name: randomSlug('m') }), adminOnly: true, permission: 'service_accounts.write' },
  { name: 'get a service account', handler: account.GET, method: 'GET', params: accountParams, adminOnly: true, permission: 'service_accounts.read' },
  { name: 'update a service account', handler: account.PATCH, method: 'PATCH', params: accountParams, body: () => ({ description: 'changed' }), adminOnly: true, permission: 'service_accounts.write' },
  { name: 'delete a service account', handler: account.DELETE, method: 'DELETE', params: accountParams, adminOnly: true, permission: 'service_accounts.write' },
  { name: 'list API tokens', handler: tokens.GET, method: 'GET', params: accountParams, adminOnly: true, permission: 'service_accounts.read' },
  { name: 'create an API token', handler: tokens.POST, method: 'POST', params: accountParams, body: () => ({ name: 'matrix' }), adminOnly: true, permission: 'service_accounts.write' },
  {
    name: 'revoke an API token',
    handler: token.DELETE,
    method: 'DELETE',
    params: async (fx) => {
      const a = await fx.freshAccount();
      return { org: fx.org.slug, id: a.serviceAccountId, tokenId: a.tokenId };
    },
    adminOnly: true,
    permission: 'service_accounts.write',
  },
  { name: 'list audit events', handler: auditEvents.GET, method: 'GET', params: async (fx) => ({ org: fx.org.slug }), adminOnly: true, permission: 'audit.read' },
];

let target: Fixture;
let outsider: string;
const callers: Record<'admin' | 'member' | 'unscoped' | 'revoked' | 'expired' | 'disabled', string> = {} as never;

function fixtureFor(org: TestOrg): Fixture {
  return { org, freshAccount: () => createTestToken(org, { role: 'member' }) };
}

beforeAll(async () => {
  const org = await createTestOrg('Target org');
  target = fixtureFor(org);
  callers.admin = (await createTestToken(org, { role: 'admin' })).token;
  callers.member = (await createTestToken(org, { role: 'member' })).token;
  // An admin account whose token carries only an unrelated scope.
  callers.unscoped = (await createTestToken(org, { role: 'admin', scopes: ['workspace.read'] })).token;
  callers.revoked = (await createTestToken(org, { role: 'admin', revoked: true })).token;
  callers.expired = (await createTestToken(org, { role: 'admin', expiresAt: new Date(Date.now() - 1000) })).token;
  callers.disabled = (await createTestToken(org, { role: 'admin', disabled: true })).token;
  outsider = (await createTestToken(await createTestOrg('Other org'), { role: 'admin' })).token;
});

describe.each(ENDPOINTS)('$method $name', (endpoint) => {
  const run = async (token: string | undefined, params?: Record<string, string>) =>
    call(endpoint.handler, endpoint.method, '', { token, params: params ?? (await endpoint.params(target)), body: endpoint.body?.() });

  it('succeeds for an admin token of the organization', async () => {
    const res = await run(callers.admin);
    expect(res.status, res.text).toBeLessThan(300);
  });

  it("answers 404 with none of the organization's data to another organization's token", async () => {
    const params = await endpoint.params(target);
    const res = await run(outsider, params);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
    for (const value of [...Object.values(params).filter((v) => v !== target.org.slug), target.org.id, 'Target org']) {
      expect(res.text).not.toContain(value);
    }
    await (endpoint.unchanged ?? accountUnchanged)(params);
  });

  it(endpoint.adminOnly ? 'answers 403 to a member-role service account' : 'answers a member-role service account too', async () => {
    const params = await endpoint.params(target);
    const res = await run(callers.member, params);
    if (!endpoint.adminOnly) return expect(res.status).toBe(200);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('forbidden');
    await (endpoint.unchanged ?? accountUnchanged)(params);
  });

  it(`answers 403 to a token without the scope ${endpoint.permission}`, async () => {
    const params = await endpoint.params(target);
    const res = await run(callers.unscoped, params);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain(endpoint.permission);
    await (endpoint.unchanged ?? accountUnchanged)(params);
  });

  it('answers 401 to revoked, expired and disabled-account tokens, a malformed header and no credentials', async () => {
    const params = await endpoint.params(target);
    for (const token of [callers.revoked, callers.expired, callers.disabled, `flt_${'A'.repeat(43)}`, undefined]) {
      const res = await run(token, params);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('unauthenticated');
    }
    const basic = await call(endpoint.handler, endpoint.method, '', { params, headers: { authorization: 'Basic dXNlcjpwYXNz' } });
    expect(basic.status).toBe(401);
    await (endpoint.unchanged ?? accountUnchanged)(params);
  });
});

/** A refused call left the resource it named in place (and still reachable by an admin). */
async function accountUnchanged(params: Record<string, string>) {
  if (!params.id) return;
  const res = await call(account.GET, 'GET', '', { token: callers.admin, params: { org: params.org!, id: params.id } });
  expect(res.status).toBe(200);
  expect(res.body.description).toBe('');
  if (params.tokenId) {
    const list = await call(tokens.GET, 'GET', '', { token: callers.admin, params: { org: params.org!, id: params.id } });
    expect(list.body.items.find((t: { id: string }) => t.id === params.tokenId).status).toBe('active');
  }
}
