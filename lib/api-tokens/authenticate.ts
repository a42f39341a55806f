// Bearer token → the service account actor it speaks for, with the token's scopes. Unknown,
// revoked and expired tokens and disabled accounts all get the same 401, so a caller learns
// nothing about which it was.
import 'server-only';
import { and, eq, isNull, lt, or, sql } from 'drizzle-orm';
import type { Actor } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { apiTokens, serviceAccounts } from '@/lib/db/schema';
import { UnauthenticatedError } from '@/lib/errors';
import { hashToken, looksLikeToken } from './token';

export type ServiceAccountActor = Extract<Actor, { type: 'service_account' }>;

const INVALID_TOKEN = 'The API token is invalid, expired or revoked.';

export async function authenticateToken(raw: string): Promise<ServiceAccountActor> {
  if (!looksLikeToken(raw)) throw new UnauthenticatedError(INVALID_TOKEN);
  const db = await getDb();
  const [row] = await db
    .select({
      tokenId: apiTokens.id,
      scopes: apiTokens.scopes,
      expiresAt: apiTokens.expiresAt,
      revokedAt: apiTokens.revokedAt,
      accountId: serviceAccounts.id,
      accountName: serviceAccounts.name,
      organizationId: serviceAccounts.organizationId,
      disabledAt: serviceAccounts.disabledAt,
    })
    .from(apiTokens)
    .innerJoin(serviceAccounts, and(eq(serviceAccounts.id, apiTokens.serviceAccountId), eq(serviceAccounts.organizationId, apiTokens.organizationId)))
    .where(eq(apiTokens.tokenHash, hashToken(raw)));
  const now = new Date();
  if (!row || row.revokedAt || row.disabledAt || (row.expiresAt && row.expiresAt <= now)) {
    throw new UnauthenticatedError(INVALID_TOKEN);
  }
  // At most one write a minute per token: "last used" is for people, not an access log.
  await db
    .update(apiTokens)
    .set({ lastUsedAt: sql`now()` })
    .where(and(eq(apiTokens.id, row.tokenId), or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, sql`now() - interval '1 minute'`))));
  return {
    type: 'service_account',
    id: row.accountId,
    name: row.accountName,
    organizationId: row.organizationId,
    tokenId: row.tokenId,
    scopes: row.scopes,
    tokenExpiresAt: row.expiresAt,
  };
}
