// Who is calling: a bearer API token (`Authorization: Bearer flt_…`) or, without one, the
// console's session cookie. Failed token attempts are rate limited per client address, so
// tokens cannot be guessed online.
import 'server-only';
import { authenticateToken } from '@/lib/api-tokens/authenticate';
import type { Actor } from '@/lib/auth/context';
import { checkRateLimit, recordFailure } from '@/lib/auth/rate-limit';
import { UnauthenticatedError } from '@/lib/errors';
import { clientAddressOf } from './client-address';

export type AuthMethod = 'token' | 'session';

export interface Authenticated {
  actor: Actor;
  via: AuthMethod;
}

export async function authenticateRequest(request: Request): Promise<Authenticated> {
  const authorization = request.headers.get('authorization');
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    const key = `api-token:${clientAddressOf(request.headers)}`;
    await checkRateLimit(key);
    try {
      if (!match) throw new UnauthenticatedError('Send the API token as "Authorization: Bearer flt_…".');
      return { actor: await authenticateToken(match[1]!), via: 'token' };
    } catch (err) {
      if (err instanceof UnauthenticatedError) await recordFailure(key);
      throw err;
    }
  }
  // Without a cookie there is no session to look up; loading Auth.js is skipped too.
  if (!request.headers.has('cookie')) throw new UnauthenticatedError();
  const { getSessionActor } = await import('@/lib/auth/session');
  const actor = await getSessionActor();
  if (!actor) throw new UnauthenticatedError();
  return { actor, via: 'session' };
}
