// Nothing created through a token carries more than the token: every scope of the catalog ×
// every operation that creates credentials or rights, through /api/v1 against real PostgreSQL.
// A token lacking one scope cannot give anything that carries it (403, nothing stored), and
// gives everything that does not (so refusing everything would fail here); a token scoped
// exactly to a role gives that role and nothing higher. Then the attack of issue 13, its
// variant through another account, token expiry, and people in the console under the same rule.
import { randomUUID } from 'node:crypto';
import { and, count, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { addTestMember, call, createTestOrg, createTestToken, createTestWorkspace, randomSlug, type CallResult, type TestOrg } from '@/lib/api/test-kit';
import type { OrgCtx } from '@/lib/auth/context';
import { ALL_PERMISSIONS, orgRolePermissions, workspaceRolePermissions, type OrgRole, type Permission, type WorkspaceRole } from '@/lib/auth/permissions';
import { createApiToken } from '@/lib/api-tokens';
import { getDb } from '@/lib/db/client';
import { apiTokens, invitations, memberships, serviceAccounts, users, workspaceGrants } from '@/lib/db/schema';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { createServiceAccount } from '@/lib/service-accounts';
import { grantWorkspaceRole } from '@/lib/workspaces/grants';
import * as accounts from './orgs/[org]/service-accounts/route';
import * as account from './orgs/[org]/service-accounts/[id]/route';
import * as tokens from './orgs/[org]/service-accounts/[id]/tokens/route';
import * as clusters from './orgs/[org]/clusters/route';
import * as member from './orgs/[org]/members/[userId]/route';
import * as invites from './orgs/[org]/invitations/route';
import * as grants from './orgs/[org]/workspaces/[ws]/grants/route';

let org: TestOrg;
let ws: string;
let wsId: string;

beforeAll(async () => {
  org = await createTestOrg();
  const workspace = await createTestWorkspace(org);
  ws = workspace.name;
  wsId = workspace.id;
});

const without = (p: Permission) => ALL_PERMISSIONS.filter((q) => q !== p);
/** An admin service account's token with these scopes (the most an account can be). */
const adminToken = (scopes: string[], expiresAt: Date | null = null) => createTestToken(org, { role: 'admin', scopes, expiresAt });

async function one<T>(rows: Promise<T[]>): Promise<T | undefined> {
  return (await rows)[0];
}

interface Given {
  res: CallResult;
  /** The target's role before the call (undefined: the call would create it). */
  before: string | undefined;
  /** The target's role stored now. */
  stored(): Promise<string | undefined>;
}

interface RightsOperation {
  name: string;
  /** The permission the operation itself is gated by. */
  gate: Permission;
  /** The roles it can give, lowest first. */
  roles: readonly string[];
  carries(role: string): Permission[];
  give(token: string, role: string): Promise<Given>;
}

const orgCarries = (role: string) => orgRolePermissions(role as OrgRole);

const OPERATIONS: RightsOperation[] = [
  {
    name: 'create a service account',
    gate: 'service_accounts.write',
    roles: ['member', 'admin'],
    carries: orgCarries,
    async give(token, role) {
      const name = randomSlug('sa');
      const res = await call(accounts.POST, 'POST', '', { token, params: { org: org.slug }, body: { name, role } });
      const stored = async () =>
        (await one((await getDb()).select({ role: serviceAccounts.role }).from(serviceAccounts).where(and(eq(serviceAccounts.organizationId, org.id), eq(serviceAccounts.name, name)))))?.role;
      return { res, before: undefined, stored };
    },
  },
  {
    name: "change a service account's role",
    gate: 'service_accounts.write',
    roles: ['member', 'admin'],
    carries: orgCarries,
    async give(token, role) {
      const before = role === 'admin' ? 'member' : 'admin';
      const { serviceAccountId: id } = await createTestToken(org, { role: before });
      const res = await call(account.PATCH, 'PATCH', '', { token, params: { org: org.slug, id }, body: { role } });
      const stored = async () => (await one((await getDb()).select({ role: serviceAccounts.role }).from(serviceAccounts).where(eq(serviceAccounts.id, id))))?.role;
      return { res, before, stored };
    },
  },
  {
    name: 'grant a workspace role',
    gate: 'grants.write',
    roles: ['viewer', 'editor', 'admin'],
    carries: (role) => workspaceRolePermissions(role as WorkspaceRole),
    async give(token, role) {
      const { serviceAccountId } = await createTestToken(org, { role: 'member' });
      const res = await call(grants.PUT, 'PUT', '', { token, params: { org: org.slug, ws }, body: { serviceAccountId, role } });
      const stored = async () =>
        (await one((await getDb()).select({ role: workspaceGrants.role }).from(workspaceGrants).where(and(eq(workspaceGrants.workspaceId, wsId), eq(workspaceGrants.serviceAccountId, serviceAccountId)))))?.role;
      return { res, before: undefined, stored };
    },
  },
  {
    name: "change a member's role",
    gate: 'members.write',
    roles: ['member', 'admin', 'owner'],
    carries: orgCarries,
    async give(token, role) {
      const before = role === 'member' ? 'admin' : 'member';
      const { id: userId } = await addTestMember(org, before);
      const res = await call(member.PATCH, 'PATCH', '', { token, params: { org: org.slug, userId }, body: { role } });
      const stored = async () =>
        (await one((await getDb()).select({ role: memberships.role }).from(memberships).where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, userId)))))?.role;
      return { res, before, stored };
    },
  },
  {
    name: 'invite someone',
    gate: 'members.write',
    roles: ['member', 'admin', 'owner'],
    carries: orgCarries,
    async give(token, role) {
      const email = `${randomSlug('inv')}@example.com`;
      const res = await call(invites.POST, 'POST', '', { token, params: { org: org.slug }, body: { email, role } });
      const stored = async () =>
        (await one((await getDb()).select({ role: invitations.role }).from(invitations).where(and(eq(invitations.organizationId, org.id), eq(invitations.email, email)))))?.role;
      return { res, before: undefined, stored };
    },
  },
];

async function expectGiven(given: Given, role: string) {
  expect(given.res.status, given.res.text).toBeLessThan(300);
  expect(await given.stored()).toBe(role);
}

async function expectRefused(given: Given, message?: RegExp) {
  expect(given.res.status, given.res.text).toBe(403);
  expect(given.res.body.error.code).toBe('forbidden');
  if (message) expect(given.res.body.error.message).toMatch(message);
  expect(await given.stored()).toBe(given.before);
}

async function tokenCount(serviceAccountId: string) {
  const [row] = await (await getDb()).select({ n: count() }).from(apiTokens).where(eq(apiTokens.serviceAccountId, serviceAccountId));
  return row!.n;
}

/** Mints a token for the account; on refusal, checks that no token was stored for it. */
async function mint(token: string, serviceAccountId: string, body: Record<string, unknown>) {
  const before = await tokenCount(serviceAccountId);
  const res = await call(tokens.POST, 'POST', '', { token, params: { org: org.slug, id: serviceAccountId }, body: { name: 'minted', ...body } });
  if (res.status === 403) {
    expect(res.text).not.toMatch(/flt_/);
    expect(await tokenCount(serviceAccountId)).toBe(before);
  }
  return res;
}

describe.each(ALL_PERMISSIONS)('a token with every scope but %s', (p) => {
  it.each(OPERATIONS)('may $name only with roles that do not carry it', async (op) => {
    const { token } = await adminToken(without(p));
    for (const role of op.roles) {
      const given = await op.give(token, role);
      if (p === op.gate) await expectRefused(given, new RegExp(`lacks the scope ${p}`));
      else if (role === 'owner') await expectRefused(given, /Only owners/);
      else if (op.carries(role).includes(p)) await expectRefused(given, /beyond the token's scopes/);
      else await expectGiven(given, role);
    }
  });

  it('mints tokens only within its own scopes, for itself or another account', async () => {
    const self = await adminToken(without(p));
    const other = await createTestToken(org, { role: 'admin' });
    const allowed = p !== 'service_accounts.write';
    for (const id of [self.serviceAccountId, other.serviceAccountId]) {
      for (const scopes of [[], [p]]) {
        const res = await mint(self.token, id, { scopes });
        expect(res.status, res.text).toBe(403);
        if (allowed) expect(res.body.error.message).toMatch(scopes.length === 0 ? /must list its scopes/ : new RegExp(`${p}, beyond its own scopes`));
      }
      const within = await mint(self.token, id, { scopes: without(p) });
      expect(within.status, within.text).toBe(allowed ? 201 : 403);
      if (allowed) expect(within.body.apiToken.scopes).toEqual(without(p));
    }
  });
});

describe('a token scoped exactly to a role', () => {
  const cases = OPERATIONS.flatMap((op) => op.roles.filter((r) => r !== 'owner').map((role) => ({ op, role, name: op.name })));

  it.each(cases)('may $name with the role $role and no higher', async ({ op, role }) => {
    const { token } = await adminToken([op.gate, ...op.carries(role)]);
    await expectGiven(await op.give(token, role), role);
    for (const higher of op.roles.slice(op.roles.indexOf(role) + 1).filter((r) => r !== 'owner')) {
      await expectRefused(await op.give(token, higher), /beyond the token's scopes/);
    }
  });

  it('mints tokens with exactly its scopes, or fewer', async () => {
    const scopes = ['service_accounts.write', 'applications.read', 'sessions.read'];
    const self = await adminToken(scopes);
    expect((await mint(self.token, self.serviceAccountId, { scopes })).status).toBe(201);
    expect((await mint(self.token, self.serviceAccountId, { scopes: ['sessions.read'] })).status).toBe(201);
    expect((await mint(self.token, self.serviceAccountId, { scopes: [...scopes, 'applications.write'] })).status).toBe(403);
  });
});

describe('the attack of issue 13', () => {
  const SA_ONLY = ['service_accounts.read', 'service_accounts.write'];

  it('a service-accounts-only token cannot mint an unscoped token for its own account', async () => {
    const attacker = await adminToken(SA_ONLY);
    for (const body of [{}, { scopes: [] }, { scopes: ALL_PERMISSIONS }, { scopes: [...SA_ONLY, 'clusters.write'] }]) {
      const res = await mint(attacker.token, attacker.serviceAccountId, body);
      expect(res.status, JSON.stringify(body)).toBe(403);
      expect(res.body.error.message).toMatch(/scopes/);
    }
    // What it may mint is no more than it holds: still no admin rights.
    const narrow = await mint(attacker.token, attacker.serviceAccountId, { scopes: ['service_accounts.read'] });
    expect(narrow.status).toBe(201);
    expect((await call(clusters.GET, 'GET', '', { token: narrow.body.token, params: { org: org.slug } })).status).toBe(403);
    expect((await call(accounts.POST, 'POST', '', { token: narrow.body.token, params: { org: org.slug }, body: { name: randomSlug() } })).status).toBe(403);
  });

  it('nor raise another account to admin, create an admin account, or mint unscoped tokens for either', async () => {
    const attacker = await adminToken(SA_ONLY);
    const victim = await createTestToken(org, { role: 'member' });
    const raise = await call(account.PATCH, 'PATCH', '', { token: attacker.token, params: { org: org.slug, id: victim.serviceAccountId }, body: { role: 'admin' } });
    expect(raise.status).toBe(403);
    expect(raise.body.error.message).toMatch(/cannot give the role admin/);
    const [row] = await (await getDb()).select({ role: serviceAccounts.role }).from(serviceAccounts).where(eq(serviceAccounts.id, victim.serviceAccountId));
    expect(row!.role).toBe('member');

    const name = randomSlug('evil');
    const created = await call(accounts.POST, 'POST', '', { token: attacker.token, params: { org: org.slug }, body: { name, role: 'admin' } });
    expect(created.status).toBe(403);
    expect(await (await getDb()).select().from(serviceAccounts).where(eq(serviceAccounts.name, name))).toEqual([]);

    const admin = await createTestToken(org, { role: 'admin' });
    for (const id of [victim.serviceAccountId, admin.serviceAccountId]) {
      expect((await mint(attacker.token, id, {})).status).toBe(403);
    }
  });

  it('nor re-enable a disabled admin account, whose tokens would work again', async () => {
    const attacker = await adminToken(SA_ONLY);
    const disabled = await createTestToken(org, { role: 'admin', disabled: true });
    const res = await call(account.PATCH, 'PATCH', '', { token: attacker.token, params: { org: org.slug, id: disabled.serviceAccountId }, body: { disabled: false } });
    expect(res.status).toBe(403);
    expect((await call(clusters.GET, 'GET', '', { token: disabled.token, params: { org: org.slug } })).status).toBe(401);
  });
});

describe('expiry', () => {
  it('a token cannot create a token that outlives it', async () => {
    const caller = await adminToken([], new Date(Date.now() + 10 * 86_400_000));
    for (const expiresInDays of [null, 30, 11]) {
      const res = await mint(caller.token, caller.serviceAccountId, { expiresInDays });
      expect(res.status).toBe(403);
      expect(res.body.error.message).toMatch(/cannot outlive .* at most 9 day/);
    }
    const ok = await mint(caller.token, caller.serviceAccountId, { expiresInDays: 9 });
    expect(ok.status).toBe(201);
  });

  it('a token that never expires may create one that never expires', async () => {
    const caller = await adminToken([]);
    expect((await mint(caller.token, caller.serviceAccountId, { expiresInDays: null })).status).toBe(201);
  });
});

describe('people in the console, under the same rule', () => {
  async function personCtx(userId: string): Promise<OrgCtx> {
    const [user] = await (await getDb()).select().from(users).where(eq(users.id, userId));
    return resolveOrgCtx({ requestId: randomUUID(), actor: { type: 'user', id: user!.id, email: user!.email, name: user!.name } }, org.slug);
  }

  it('an admin creates admin accounts and mints unscoped, unexpiring tokens for them', async () => {
    const ctx = await personCtx((await addTestMember(org, 'admin')).id);
    const created = await createServiceAccount(ctx, { name: randomSlug('ci'), role: 'admin' });
    const minted = await createApiToken(ctx, { serviceAccountId: created.id, name: 'ci', expiresInDays: null });
    expect(minted.apiToken).toMatchObject({ scopes: [], expiresAt: null });
  });

  it('a member who administers a workspace grants its admin role there', async () => {
    const person = await addTestMember(org, 'member');
    const admin = await adminToken([]);
    expect((await call(grants.PUT, 'PUT', '', { token: admin.token, params: { org: org.slug, ws }, body: { userId: person.id, role: 'admin' } })).status).toBe(200);
    const { serviceAccountId } = await createTestToken(org, { role: 'member' });
    expect(await grantWorkspaceRole(await personCtx(person.id), ws, { serviceAccountId, role: 'admin' })).toMatchObject({ role: 'admin' });
  });
});
