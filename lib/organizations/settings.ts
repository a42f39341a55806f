// Reading and renaming the organization the caller is in (organization.read / .update).
import 'server-only';
import { eq } from 'drizzle-orm';
import { parseInput } from '@/lib/api/parse';
import { recordAudit } from '@/lib/audit/record';
import type { OrgCtx } from '@/lib/auth/context';
import { authorizeOrg } from '@/lib/auth/authorize';
import { getDb } from '@/lib/db/client';
import { organizations } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';
import { UpdateOrganizationInput, type OrganizationDto } from '@/lib/validation/organization-settings';

function toDto(ctx: OrgCtx, row: typeof organizations.$inferSelect): OrganizationDto {
  return { id: row.id, slug: row.slug, name: row.name, role: ctx.orgRole, createdAt: row.createdAt.toISOString() };
}

export async function getOrganization(ctx: OrgCtx): Promise<OrganizationDto> {
  authorizeOrg(ctx, 'organization.read');
  const [row] = await (await getDb()).select().from(organizations).where(eq(organizations.id, ctx.organization.id));
  if (!row) throw new NotFoundError('Organization');
  return toDto(ctx, row);
}

export async function updateOrganization(ctx: OrgCtx, input: UpdateOrganizationInput): Promise<OrganizationDto> {
  authorizeOrg(ctx, 'organization.update');
  const { name } = parseInput(UpdateOrganizationInput, input);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(organizations).where(eq(organizations.id, ctx.organization.id));
    if (!before) throw new NotFoundError('Organization');
    if (before.name === name) return toDto(ctx, before);
    const [row] = await tx.update(organizations).set({ name }).where(eq(organizations.id, ctx.organization.id)).returning();
    await recordAudit(tx, ctx, {
      action: 'organization.update',
      target: { type: 'organization', id: before.id, label: name },
      details: { previousName: before.name, name },
    });
    return toDto(ctx, row!);
  });
}
