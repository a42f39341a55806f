// The context every entry point builds (server action, route handler, server component,
// worker) and every service takes first: who acts, in which organization, for which request.
import type { OrgRole } from './permissions';

export type Actor =
  | { type: 'user'; id: string; email: string; name: string }
  | {
      type: 'service_account';
      id: string;
      name: string;
      organizationId: string;
      tokenId: string;
      /** The token's scopes; empty for all of its account's permissions. */
      scopes: string[];
      /** When the token expires; null for never. What it creates may not outlive it. */
      tokenExpiresAt: Date | null;
    }
  | { type: 'system'; id: null; name: string };

export interface Ctx {
  requestId: string;
  actor: Actor;
}

/** A context inside one organization the actor belongs to. */
export interface OrgCtx extends Ctx {
  organization: { id: string; slug: string; name: string };
  orgRole: OrgRole;
}

/** The scopes the actor's token narrows it to; null when it acts with its whole role (a person, the system). */
export function tokenScopes(actor: Actor): string[] | null {
  return actor.type === 'service_account' ? actor.scopes : null;
}

export function actorLabel(actor: Actor): string {
  if (actor.type === 'user') return actor.email;
  if (actor.type === 'service_account') return `service account ${actor.name}`;
  return actor.name;
}
