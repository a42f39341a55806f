// Who the caller is, for GET /api/v1/me: a user with the organizations it belongs to, or a
// service account with its one organization and the token it used. Needs no permission: every
// caller may see itself.
import 'server-only';
import { and, asc, eq, isNull } from 'drizzle-orm';
import type { Me } from '@/lib/api/operations/me';
import type { Ctx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { apiTokens, memberships, organizations, serviceAccounts } from '@/lib/db/schema';
import { UnauthenticatedError } from '@/lib/errors';

export async function getMe(ctx: Ctx): Promise<Me> {
  const db = await getDb();
  const { actor } = ctx;
  if (actor.type === 'user') {
    const orgs = await db
      .select({ id: organizations.id, slug: organizations.slug, name: organizations.name, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
      .where(eq(memberships.userId, actor.id))
      .orderBy(asc(organizations.name));
    return { type: 'user', id: actor.id, email: actor.email, name: actor.name, organizations: orgs };
  }
  if (actor.type === 'service_account') {
    const [row] = await db
      .select({
        org: { id: organizations.id, slug: organizations.slug, name: organizations.name },
        role: serviceAccounts.role,
        token: { id: apiTokens.id, name: apiTokens.name, prefix: apiTokens.prefix, scopes: apiTokens.scopes, expiresAt: apiTokens.expiresAt },
      })
      .from(serviceAccounts)
      .innerJoin(organizations, eq(organizations.id, serviceAccounts.organizationId))
      .innerJoin(apiTokens, and(eq(apiTokens.id, actor.tokenId), eq(apiTokens.serviceAccountId, serviceAccounts.id)))
      .where(and(eq(serviceAccounts.id, actor.id), eq(serviceAccounts.organizationId, actor.organizationId), isNull(serviceAccounts.disabledAt)));
    if (!row) throw new UnauthenticatedError('This service account is disabled or deleted.');
    return {
      type: 'service_account',
      id: actor.id,
      name: actor.name,
      organizations: [{ ...row.org, role: row.role === 'admin' ? 'admin' : 'member' }],
      token: { ...row.token, expiresAt: row.token.expiresAt?.toISOString() ?? null },
    };
  }
  throw new UnauthenticatedError();
}
