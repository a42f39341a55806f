// Who is calling: a bearer API token (`Authorization: Bearer flt_…`) or, without one, the
// console's session cookie. Failed token attempts are limited per client address.
import 'server-only';
import { authenticateToken } from '@/lib/api-tokens/authenticate';
import type { Actor } from '@/lib/auth/context';
import { checkRateLimit, recordFailure } from '@/lib/auth/rate-limit';
import { getConfig } from '@/lib/config';
import { UnauthenticatedError } from '@/lib/errors';
import { clientAddressOf } from './client-address';

export type AuthMethod = 'token' | 'session';

export interface Authenticated {
  actor: Actor;
  via: AuthMethod;
}

export async function authenticateRequest(request: Request): Promise<Authenticated> {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) return { actor: await authenticateBearer(request, authorization), via: 'token' };
  // Without a cookie there is no session to look up; loading Auth.js is skipped too.
  if (!request.headers.has('cookie')) throw new UnauthenticatedError();
  const { getSessionActor } = await import('@/lib/auth/session');
  const actor = await getSessionActor();
  if (!actor) throw new UnauthenticatedError();
  return { actor, via: 'session' };
}

/*
 * A valid token is checked first and always accepted: failures recorded for its address (by
 * anyone sharing it, or by an attacker) can never lock it out. Only failures count, and an
 * address past its limit gets 429 for its next wrong tokens. This does not help a guesser: a
 * token holds 256 random bits, so the limit is about load and noise, not about the odds.
 */
async function authenticateBearer(request: Request, authorization: string) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
  try {
    if (!match) throw new UnauthenticatedError('Send the API token as "Authorization: Bearer flt_…".');
    return await authenticateToken(match[1]!);
  } catch (err) {
    if (err instanceof UnauthenticatedError) {
      const key = `api-token:${clientAddressOf(request.headers, getConfig().trustedProxies)}`;
      await checkRateLimit(key);
      await recordFailure(key);
    }
    throw err;
  }
}
