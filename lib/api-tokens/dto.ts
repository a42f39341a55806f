// The API token DTO: what a person may see of a token. Never the token, never its hash.
import 'server-only';
import { apiTokens } from '@/lib/db/schema';
import type { ApiTokenDto } from '@/lib/validation/api-tokens';

export const API_TOKEN_COLUMNS = {
  id: apiTokens.id,
  serviceAccountId: apiTokens.serviceAccountId,
  name: apiTokens.name,
  prefix: apiTokens.prefix,
  scopes: apiTokens.scopes,
  createdAt: apiTokens.createdAt,
  lastUsedAt: apiTokens.lastUsedAt,
  expiresAt: apiTokens.expiresAt,
  revokedAt: apiTokens.revokedAt,
};

type ApiTokenRow = { [K in keyof typeof API_TOKEN_COLUMNS]: (typeof apiTokens.$inferSelect)[K] };

export function toApiTokenDto(row: ApiTokenRow, now = new Date()): ApiTokenDto {
  const status = row.revokedAt ? 'revoked' : row.expiresAt && row.expiresAt <= now ? 'expired' : 'active';
  return {
    id: row.id,
    serviceAccountId: row.serviceAccountId,
    name: row.name,
    prefix: row.prefix,
    scopes: row.scopes,
    status,
    createdAt: row.createdAt.toISOString(),
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
  };
}
