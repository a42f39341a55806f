// Enters an organization: turns a request's Ctx into an OrgCtx, or NotFound. A user must hold a
// membership; a service account belongs to exactly one organization. Another organization is
// indistinguishable from one that does not exist.
import 'server-only';
import { and, eq, isNull } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { memberships, organizations, serviceAccounts, users } from '@/lib/db/schema';
import { NotFoundError, UnauthenticatedError } from '@/lib/errors';
import type { Ctx, OrgCtx } from '@/lib/auth/context';

export async function resolveOrgCtx(ctx: Ctx, orgSlug: string): Promise<OrgCtx> {
  const db = await getDb();
  const [org] = await db.select().from(organizations).where(eq(organizations.slug, orgSlug));
  if (!org) throw new NotFoundError('Organization');
  const organization = { id: org.id, slug: org.slug, name: org.name };

  if (ctx.actor.type === 'user') {
    // Checked on every request, so removing a member or disabling a user takes effect at once.
    const [row] = await db
      .select({ role: memberships.role, disabledAt: users.disabledAt })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.organizationId, org.id), eq(memberships.userId, ctx.actor.id)));
    if (row?.disabledAt) throw new UnauthenticatedError('This account is disabled.');
    if (!row) throw new NotFoundError('Organization');
    return { ...ctx, organization, orgRole: row.role };
  }
  if (ctx.actor.type === 'service_account') {
    if (ctx.actor.organizationId !== org.id) throw new NotFoundError('Organization');
    const [account] = await db
      .select({ role: serviceAccounts.role })
      .from(serviceAccounts)
      .where(and(eq(serviceAccounts.id, ctx.actor.id), eq(serviceAccounts.organizationId, org.id), isNull(serviceAccounts.disabledAt)));
    if (!account) throw new UnauthenticatedError('This service account is disabled or deleted.');
    // DESIGN.md: a service account is never an owner, whatever a row says.
    return { ...ctx, organization, orgRole: account.role === 'owner' ? 'member' : account.role };
  }
  throw new NotFoundError('Organization');
}
