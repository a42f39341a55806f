// The organizations the signed-in user belongs to, for the switcher and the landing redirect.
import 'server-only';
import { asc, eq } from 'drizzle-orm';
import type { Ctx } from '@/lib/auth/context';
import type { OrgRole } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db/client';
import { memberships, organizations } from '@/lib/db/schema';

export async function listMyOrganizations(ctx: Ctx): Promise<{ slug: string; name: string; role: OrgRole }[]> {
  if (ctx.actor.type !== 'user') return [];
  const db = await getDb();
  return db
    .select({ slug: organizations.slug, name: organizations.name, role: memberships.role })
    .from(memberships)
    .innerJoin(organizations, eq(organizations.id, memberships.organizationId))
    .where(eq(memberships.userId, ctx.actor.id))
    .orderBy(asc(organizations.name));
}
