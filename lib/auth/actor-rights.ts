// The one rule for everything that creates credentials or rights: nothing an actor gives may
// carry more than the actor holds. A person holds their org role (and, in a workspace, their
// workspace role); a token holds its account's, narrowed to its scopes, until it expires. So a
// scoped token can neither mint a wider or longer-lived token nor hand out a role beyond its
// scopes, and an admin cannot make owners. Pure: it reads only the context it is given.
import { ForbiddenError } from '@/lib/errors';
import { tokenScopes, type OrgCtx } from './context';
import {
  orgRolePermissions,
  scopesAllow,
  workspaceRolePermissions,
  type OrgRole,
  type Permission,
  type WorkspaceRole,
} from './permissions';

const DAY_MS = 86_400_000;

export interface RightsGiven {
  /** An org role given to a member, an invitee or a service account. */
  orgRole?: OrgRole;
  /** A workspace role given in a workspace where the actor itself holds `actorRole`. */
  workspaceRole?: { role: WorkspaceRole; actorRole: WorkspaceRole };
  /** A new API token: the role of the account it speaks for, its scopes (empty: all of the account's) and expiry. */
  token?: { accountRole: OrgRole; scopes: readonly string[]; expiresAt: Date | null };
}

/** Throws ForbiddenError, saying what is beyond the actor, unless everything given is within its rights. */
export function assertWithinActorRights(ctx: OrgCtx, given: RightsGiven): void {
  if (given.orgRole) assertRoleWithin(ctx, `the role ${given.orgRole}`, orgRolePermissions(given.orgRole), null);
  if (given.workspaceRole) {
    const { role, actorRole } = given.workspaceRole;
    assertRoleWithin(ctx, `the workspace role ${role}`, workspaceRolePermissions(role), actorRole);
  }
  if (given.token) assertTokenWithin(ctx, given.token);
}

function assertRoleWithin(ctx: OrgCtx, what: string, wanted: Permission[], actorWorkspaceRole: WorkspaceRole | null): void {
  const byRole = new Set<Permission>([...orgRolePermissions(ctx.orgRole), ...workspaceRolePermissions(actorWorkspaceRole)]);
  const beyondRole = wanted.filter((p) => !byRole.has(p));
  if (beyondRole.length > 0) {
    throw new ForbiddenError(`You cannot give ${what}: it carries ${list(beyondRole)}, beyond your own role.`);
  }
  const scopes = tokenScopes(ctx.actor);
  const beyondScopes = wanted.filter((p) => !scopesAllow(scopes, p));
  if (beyondScopes.length > 0) {
    throw new ForbiddenError(`This token cannot give ${what}: it carries ${list(beyondScopes)}, beyond the token's scopes.`);
  }
}

function assertTokenWithin(ctx: OrgCtx, token: NonNullable<RightsGiven['token']>): void {
  const own = new Set<Permission>(orgRolePermissions(ctx.orgRole));
  if (orgRolePermissions(token.accountRole).some((p) => !own.has(p))) {
    throw new ForbiddenError(`You cannot create a token for a ${token.accountRole} account: it would carry more than your own role.`);
  }
  if (ctx.actor.type !== 'service_account') return;
  const { scopes, tokenExpiresAt } = ctx.actor;
  // Scopes are compared as listed, not as the account's role allows them today: a role raised
  // later must not widen a token this one made.
  if (scopes.length > 0) {
    if (token.scopes.length === 0) {
      throw new ForbiddenError(`This token is limited to the scopes ${list(scopes)}: a token it creates must list its scopes, among these.`);
    }
    const beyond = token.scopes.filter((s) => !scopes.includes(s));
    if (beyond.length > 0) throw new ForbiddenError(`This token cannot create a token with ${list(beyond)}, beyond its own scopes.`);
  }
  if (tokenExpiresAt && (token.expiresAt === null || token.expiresAt > tokenExpiresAt)) {
    // A minute's margin: the suggested count must still fit when the next request arrives.
    const days = Math.floor((tokenExpiresAt.getTime() - Date.now() - 60_000) / DAY_MS);
    const hint = days >= 1 ? `: choose at most ${days} day(s)` : '';
    throw new ForbiddenError(`A token cannot outlive the token that creates it, which expires at ${tokenExpiresAt.toISOString()}${hint}.`);
  }
}

/** A readable list, short enough for an error message. */
function list(items: readonly string[]): string {
  const shown = items.slice(0, 5).join(', ');
  return items.length > 5 ? `${shown} and ${items.length - 5} more` : shown;
}
