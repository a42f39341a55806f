import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '@/lib/errors';
import { assertWithinActorRights, type RightsGiven } from './actor-rights';
import type { OrgCtx } from './context';
import { ALL_PERMISSIONS, ORG_ROLES, orgRolePermissions, WORKSPACE_ROLES, workspaceRolePermissions, type OrgRole } from './permissions';

const organization = { id: 'o', slug: 'o', name: 'O' };
const DAY = 86_400_000;

function person(orgRole: OrgRole): OrgCtx {
  return { requestId: 'r', organization, orgRole, actor: { type: 'user', id: 'u', email: 'u@example.com', name: 'U' } };
}

function token(orgRole: OrgRole, scopes: string[], tokenExpiresAt: Date | null = null): OrgCtx {
  return {
    requestId: 'r',
    organization,
    orgRole,
    actor: { type: 'service_account', id: 's', name: 'ci', organizationId: 'o', tokenId: 't', scopes, tokenExpiresAt },
  };
}

const allowed = (ctx: OrgCtx, given: RightsGiven) => expect(() => assertWithinActorRights(ctx, given)).not.toThrow();
function refused(ctx: OrgCtx, given: RightsGiven, message: RegExp) {
  expect(() => assertWithinActorRights(ctx, given)).toThrow(ForbiddenError);
  expect(() => assertWithinActorRights(ctx, given)).toThrow(message);
}

describe('what a role carries', () => {
  it('is monotone: owner ⊇ admin ⊇ member, admin ⊇ editor ⊇ viewer', () => {
    expect(orgRolePermissions('owner')).toEqual(ALL_PERMISSIONS);
    expect(orgRolePermissions('member')).toEqual(['organization.read']);
    expect(orgRolePermissions('admin')).not.toContain('members.owners');
    expect(orgRolePermissions('admin')).toContain('grants.write');
    for (const [low, high] of [['viewer', 'editor'], ['editor', 'admin']] as const) {
      expect(workspaceRolePermissions(high)).toEqual(expect.arrayContaining(workspaceRolePermissions(low)));
      expect(workspaceRolePermissions(high).length).toBeGreaterThan(workspaceRolePermissions(low).length);
    }
  });
});

describe('a person giving roles', () => {
  it('gives any role up to their own, never above', () => {
    for (const actor of ORG_ROLES) {
      for (const given of ORG_ROLES) {
        const within = ORG_ROLES.indexOf(given) >= ORG_ROLES.indexOf(actor);
        if (within) allowed(person(actor), { orgRole: given });
        else refused(person(actor), { orgRole: given }, /beyond your own role/);
      }
    }
  });

  it('grants workspace roles up to the one they hold there', () => {
    for (const actorRole of WORKSPACE_ROLES) {
      for (const role of WORKSPACE_ROLES) {
        const ctx = person('member');
        if (WORKSPACE_ROLES.indexOf(role) <= WORKSPACE_ROLES.indexOf(actorRole)) allowed(ctx, { workspaceRole: { role, actorRole } });
        else refused(ctx, { workspaceRole: { role, actorRole } }, /beyond your own role/);
      }
    }
  });

  it('mints tokens of any scope and expiry for accounts up to their role', () => {
    allowed(person('admin'), { token: { accountRole: 'admin', scopes: [], expiresAt: null } });
    refused(person('member'), { token: { accountRole: 'admin', scopes: ['organization.read'], expiresAt: null } }, /more than your own role/);
  });
});

describe('a token giving roles', () => {
  it('gives a role only when the role carries nothing beyond its scopes', () => {
    const admin = orgRolePermissions('admin');
    allowed(token('admin', []), { orgRole: 'admin' });
    allowed(token('admin', admin), { orgRole: 'admin' });
    allowed(token('admin', ['organization.read', 'service_accounts.write']), { orgRole: 'member' });
    refused(token('admin', ['service_accounts.write']), { orgRole: 'member' }, /organization\.read, beyond the token's scopes/);
    refused(token('admin', admin.filter((p) => p !== 'audit.read')), { orgRole: 'admin' }, /audit\.read/);
    refused(token('admin', []), { orgRole: 'owner' }, /beyond your own role/);
  });

  it("grants a workspace role only within both its scopes and its workspace role", () => {
    const editor = workspaceRolePermissions('editor');
    allowed(token('member', editor), { workspaceRole: { role: 'editor', actorRole: 'admin' } });
    refused(token('member', editor), { workspaceRole: { role: 'admin', actorRole: 'admin' } }, /grants\.write/);
    refused(token('member', []), { workspaceRole: { role: 'admin', actorRole: 'editor' } }, /beyond your own role/);
  });
});

describe('a token minting tokens', () => {
  const account = (scopes: string[], expiresAt: Date | null = null) => ({ token: { accountRole: 'admin' as const, scopes, expiresAt } });

  it('refuses the attack: a service-accounts-only token minting an unscoped one', () => {
    refused(token('admin', ['service_accounts.write']), account([]), /must list its scopes/);
    refused(token('admin', ['service_accounts.write']), account(['service_accounts.write', 'clusters.write']), /clusters\.write, beyond its own scopes/);
    refused(token('admin', ['service_accounts.write']), { token: { accountRole: 'member', scopes: [], expiresAt: null } }, /must list its scopes/);
  });

  it('mints tokens with a subset of its scopes, for accounts up to its own role', () => {
    allowed(token('admin', ['service_accounts.write', 'clusters.read']), account(['clusters.read']));
    allowed(token('admin', []), account([]));
    refused(token('member', []), account(['organization.read']), /more than your own role/);
  });

  it('mints no token that outlives it', () => {
    const expires = new Date(Date.now() + 10 * DAY);
    allowed(token('admin', [], expires), account([], new Date(Date.now() + 9 * DAY)));
    refused(token('admin', [], expires), account([], null), /cannot outlive.*at most 9 day/);
    refused(token('admin', [], expires), account([], new Date(Date.now() + 11 * DAY)), /cannot outlive/);
  });
});
