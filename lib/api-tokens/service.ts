// API tokens of a service account: create (the token is returned once, only its hash is
// kept), list, revoke (effective on the next request). Managing tokens is
// service_accounts.write; reading them is service_accounts.read. A token created through a
// token is no wider and lives no longer than that token (lib/auth/actor-rights.ts).
import 'server-only';
import { and, desc, eq, isNull, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { isUuid } from '@/lib/api/ids';
import { decodeCursor, PaginationQuery, toPage, type Page } from '@/lib/api/pagination';
import { parseInput } from '@/lib/api/parse';
import { recordAudit } from '@/lib/audit/record';
import type { OrgCtx } from '@/lib/auth/context';
import { assertWithinActorRights } from '@/lib/auth/actor-rights';
import { authorizeOrg } from '@/lib/auth/authorize';
import { getDb } from '@/lib/db/client';
import { apiTokens } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';
import { findServiceAccount } from '@/lib/service-accounts/rows';
import { CreateApiTokenInput, type ApiTokenDto, type CreatedApiToken } from '@/lib/validation/api-tokens';
import { API_TOKEN_COLUMNS, toApiTokenDto } from './dto';
import { displayPrefix, generateToken, hashToken } from './token';

const DAY_MS = 86_400_000;
/** Microsecond precision, so two tokens created in the same millisecond still page correctly. */
const createdAtKey = sql<string>`to_char(${apiTokens.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
const Cursor = z.tuple([z.iso.datetime(), z.uuid()]);

export async function createApiToken(
  ctx: OrgCtx,
  input: { serviceAccountId: string } & CreateApiTokenInput,
): Promise<CreatedApiToken> {
  authorizeOrg(ctx, 'service_accounts.write');
  const { serviceAccountId, ...rest } = input;
  const { name, expiresInDays, scopes } = parseInput(CreateApiTokenInput, rest);
  const token = generateToken();
  const db = await getDb();
  return db.transaction(async (tx) => {
    const account = await findServiceAccount(tx, ctx.organization.id, serviceAccountId);
    const expiresAt = expiresInDays === null ? null : new Date(Date.now() + expiresInDays * DAY_MS);
    assertWithinActorRights(ctx, { token: { accountRole: account.role, scopes, expiresAt } });
    const [row] = await tx
      .insert(apiTokens)
      .values({
        organizationId: ctx.organization.id,
        serviceAccountId: account.id,
        name,
        prefix: displayPrefix(token),
        tokenHash: hashToken(token),
        scopes,
        expiresAt,
        createdById: ctx.actor.id,
      })
      .returning(API_TOKEN_COLUMNS);
    await recordAudit(tx, ctx, {
      action: 'api_token.create',
      target: { type: 'api_token', id: row!.id, label: `${account.name} / ${name}` },
      details: { serviceAccountId: account.id, prefix: row!.prefix, scopes, expiresAt: row!.expiresAt?.toISOString() ?? null },
    });
    return { token, apiToken: toApiTokenDto(row!) };
  });
}

export async function listApiTokens(
  ctx: OrgCtx,
  input: { serviceAccountId: string } & z.input<typeof PaginationQuery>,
): Promise<Page<ApiTokenDto>> {
  authorizeOrg(ctx, 'service_accounts.read');
  const { serviceAccountId, ...page } = input;
  const { limit, cursor } = parseInput(PaginationQuery, page);
  const before = decodeCursor(cursor, Cursor);
  const db = await getDb();
  const account = await findServiceAccount(db, ctx.organization.id, serviceAccountId);
  const rows = await db
    .select({ ...API_TOKEN_COLUMNS, createdAtKey })
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.organizationId, ctx.organization.id),
        eq(apiTokens.serviceAccountId, account.id),
        before &&
          or(
            lt(apiTokens.createdAt, sql`${before[0]}::timestamptz`),
            and(eq(apiTokens.createdAt, sql`${before[0]}::timestamptz`), lt(apiTokens.id, before[1])),
          ),
      ),
    )
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
    .limit(limit + 1);
  const now = new Date();
  return toPage(rows, limit, (r) => [r.createdAtKey, r.id], (r) => toApiTokenDto(r, now));
}

/** Revokes a token; revoking a revoked token changes nothing and records nothing. */
export async function revokeApiToken(ctx: OrgCtx, input: { serviceAccountId: string; tokenId: string }): Promise<ApiTokenDto> {
  authorizeOrg(ctx, 'service_accounts.write');
  if (!isUuid(input.tokenId)) throw new NotFoundError('API token');
  const db = await getDb();
  return db.transaction(async (tx) => {
    const account = await findServiceAccount(tx, ctx.organization.id, input.serviceAccountId);
    const scope = and(
      eq(apiTokens.organizationId, ctx.organization.id),
      eq(apiTokens.serviceAccountId, account.id),
      eq(apiTokens.id, input.tokenId),
    );
    const [revoked] = await tx
      .update(apiTokens)
      .set({ revokedAt: new Date() })
      .where(and(scope, isNull(apiTokens.revokedAt)))
      .returning(API_TOKEN_COLUMNS);
    if (revoked) {
      await recordAudit(tx, ctx, {
        action: 'api_token.revoke',
        target: { type: 'api_token', id: revoked.id, label: `${account.name} / ${revoked.name}` },
        details: { serviceAccountId: account.id, prefix: revoked.prefix },
      });
      return toApiTokenDto(revoked);
    }
    const [existing] = await tx.select(API_TOKEN_COLUMNS).from(apiTokens).where(scope);
    if (!existing) throw new NotFoundError('API token');
    return toApiTokenDto(existing);
  });
}
