// A signed-in user creates another organization and becomes its owner: the organization, the
// membership and the audit event commit together.
import 'server-only';
import { parseInput } from '@/lib/api/parse';
import { recordAudit } from '@/lib/audit/record';
import type { Ctx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { memberships, organizations } from '@/lib/db/schema';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { CreateOrganizationInput } from '@/lib/validation/sign-up';

export const SLUG_TAKEN = 'This identifier is taken: choose another.';

export async function createOrganization(ctx: Ctx, input: CreateOrganizationInput): Promise<{ id: string; slug: string; name: string }> {
  if (ctx.actor.type !== 'user') throw new ForbiddenError('Only people create organizations.');
  const data = parseInput(CreateOrganizationInput, input);
  if (!data.organizationSlug) throw new ValidationError({ organizationSlug: ['Choose an identifier for the organization.'] });
  const userId = ctx.actor.id;
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [org] = await tx.insert(organizations).values({ slug: data.organizationSlug, name: data.organizationName }).returning();
      await tx.insert(memberships).values({ organizationId: org!.id, userId, role: 'owner' });
      await recordAudit(tx, ctx, { organizationId: org!.id, action: 'organization.create', target: { type: 'organization', id: org!.id, label: org!.slug } });
      return { id: org!.id, slug: org!.slug, name: org!.name };
    });
  } catch (err) {
    if (isUniqueViolation(err, 'organizations_slug_unique')) throw new ValidationError({ organizationSlug: [SLUG_TAKEN] });
    throw err;
  }
}
