// Creating, changing and deleting service accounts (service_accounts.write). Each change and
// its audit event commit together. A service account's role is member or admin, never owner,
// and never beyond what the actor giving it holds (lib/auth/actor-rights.ts).
import 'server-only';
import { eq } from 'drizzle-orm';
import { parseInput } from '@/lib/api/parse';
import { recordAudit } from '@/lib/audit/record';
import type { OrgCtx } from '@/lib/auth/context';
import { assertWithinActorRights } from '@/lib/auth/actor-rights';
import { authorizeOrg } from '@/lib/auth/authorize';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { serviceAccounts } from '@/lib/db/schema';
import { ConflictError } from '@/lib/errors';
import {
  CreateServiceAccountInput,
  UpdateServiceAccountInput,
  type ServiceAccountDto,
} from '@/lib/validation/service-accounts';
import { findServiceAccount, inOrg } from './rows';

const nameTaken = (name: string) => new ConflictError(`A service account named "${name}" already exists in this organization.`);

export async function createServiceAccount(ctx: OrgCtx, input: CreateServiceAccountInput): Promise<ServiceAccountDto> {
  authorizeOrg(ctx, 'service_accounts.write');
  const { name, description, role } = parseInput(CreateServiceAccountInput, input);
  assertWithinActorRights(ctx, { orgRole: role });
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(serviceAccounts)
        .values({ organizationId: ctx.organization.id, name, description, role, createdById: ctx.actor.id })
        .returning({ id: serviceAccounts.id });
      await recordAudit(tx, ctx, {
        action: 'service_account.create',
        target: { type: 'service_account', id: row!.id, label: name },
        details: { role },
      });
      return findServiceAccount(tx, ctx.organization.id, row!.id);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(name);
    throw err;
  }
}

export async function updateServiceAccount(
  ctx: OrgCtx,
  input: { serviceAccountId: string } & UpdateServiceAccountInput,
): Promise<ServiceAccountDto> {
  authorizeOrg(ctx, 'service_accounts.write');
  const { serviceAccountId, ...patch } = input;
  const changes = parseInput(UpdateServiceAccountInput, patch);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      const before = await findServiceAccount(tx, ctx.organization.id, serviceAccountId);
      const target = { type: 'service_account', id: before.id, label: changes.name ?? before.name };
      const set: Partial<typeof serviceAccounts.$inferInsert> = {};
      if (changes.name !== undefined && changes.name !== before.name) set.name = changes.name;
      if (changes.description !== undefined && changes.description !== before.description) set.description = changes.description;
      if (changes.role !== undefined && changes.role !== before.role) set.role = changes.role;
      if (changes.disabled !== undefined && changes.disabled !== before.disabled) set.disabledAt = changes.disabled ? new Date() : null;
      if (Object.keys(set).length === 0) return before;
      // A new role is given; enabling gives the account's role back to its tokens.
      if (set.role !== undefined || set.disabledAt === null) assertWithinActorRights(ctx, { orgRole: set.role ?? before.role });

      await tx.update(serviceAccounts).set(set).where(inOrg(ctx.organization.id, eq(serviceAccounts.id, before.id)));
      if (set.name !== undefined || set.description !== undefined) {
        await recordAudit(tx, ctx, {
          action: 'service_account.update',
          target,
          details: { ...(set.name !== undefined && { previousName: before.name, name: set.name }), ...(set.description !== undefined && { description: set.description }) },
        });
      }
      if (set.role !== undefined) {
        await recordAudit(tx, ctx, { action: 'service_account.role_change', target, details: { from: before.role, to: set.role } });
      }
      if (set.disabledAt !== undefined) {
        await recordAudit(tx, ctx, { action: set.disabledAt ? 'service_account.disable' : 'service_account.enable', target });
      }
      return findServiceAccount(tx, ctx.organization.id, before.id);
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw nameTaken(changes.name ?? '');
    throw err;
  }
}

/** Deletes the account; its tokens go with it (the foreign key cascades) and stop working at once. */
export async function deleteServiceAccount(ctx: OrgCtx, input: { serviceAccountId: string }): Promise<void> {
  authorizeOrg(ctx, 'service_accounts.write');
  const db = await getDb();
  await db.transaction(async (tx) => {
    const account = await findServiceAccount(tx, ctx.organization.id, input.serviceAccountId);
    await tx.delete(serviceAccounts).where(inOrg(ctx.organization.id, eq(serviceAccounts.id, account.id)));
    await recordAudit(tx, ctx, {
      action: 'service_account.delete',
      target: { type: 'service_account', id: account.id, label: account.name },
      details: { role: account.role },
    });
  });
}
