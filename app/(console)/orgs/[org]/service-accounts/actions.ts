'use server';
// Server actions of the service account pages: each adapts FormData or arguments to one
// service call in the signed-in user's OrgCtx and returns `{ ok, ... }`; errors become values in
// `toActionError`. The services authorize; hiding buttons is only a convenience.
import { revalidatePath } from 'next/cache';
import { createApiToken, revokeApiToken } from '@/lib/api-tokens';
import { toActionError, type ActionResult } from '@/lib/api/action-result';
import { requireActionOrgCtx } from '@/lib/auth/session';
import { createServiceAccount, deleteServiceAccount, updateServiceAccount } from '@/lib/service-accounts';
import type { CreatedApiToken } from '@/lib/validation/api-tokens';
import type { ServiceAccountDto } from '@/lib/validation/service-accounts';

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v : undefined;
};

export async function createServiceAccountAction(
  orgSlug: string,
  _prev: ActionResult<{ serviceAccount: ServiceAccountDto }> | null,
  form: FormData,
): Promise<ActionResult<{ serviceAccount: ServiceAccountDto }>> {
  try {
    const serviceAccount = await createServiceAccount(await requireActionOrgCtx(orgSlug), {
      name: text(form, 'name') ?? '',
      description: text(form, 'description') ?? '',
      role: text(form, 'role') as 'member' | 'admin',
    });
    revalidatePath(`/orgs/${orgSlug}/service-accounts`);
    return { ok: true, serviceAccount };
  } catch (err) {
    return toActionError(err);
  }
}

export async function editServiceAccountAction(
  orgSlug: string,
  serviceAccountId: string,
  _prev: ActionResult<{ serviceAccount: ServiceAccountDto }> | null,
  form: FormData,
): Promise<ActionResult<{ serviceAccount: ServiceAccountDto }>> {
  try {
    const serviceAccount = await updateServiceAccount(await requireActionOrgCtx(orgSlug), {
      serviceAccountId,
      name: text(form, 'name'),
      description: text(form, 'description'),
      role: text(form, 'role') as 'member' | 'admin' | undefined,
    });
    revalidatePath(`/orgs/${orgSlug}/service-accounts`, 'layout');
    return { ok: true, serviceAccount };
  } catch (err) {
    return toActionError(err);
  }
}

export async function setServiceAccountDisabledAction(orgSlug: string, serviceAccountId: string, disabled: boolean): Promise<ActionResult> {
  try {
    await updateServiceAccount(await requireActionOrgCtx(orgSlug), { serviceAccountId, disabled });
    revalidatePath(`/orgs/${orgSlug}/service-accounts`, 'layout');
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}

export async function deleteServiceAccountAction(orgSlug: string, serviceAccountId: string): Promise<ActionResult> {
  try {
    await deleteServiceAccount(await requireActionOrgCtx(orgSlug), { serviceAccountId });
    revalidatePath(`/orgs/${orgSlug}/service-accounts`, 'layout');
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}

export async function createApiTokenAction(
  orgSlug: string,
  serviceAccountId: string,
  _prev: ActionResult<CreatedApiToken> | null,
  form: FormData,
): Promise<ActionResult<CreatedApiToken>> {
  try {
    const expiry = text(form, 'expiresInDays');
    const created = await createApiToken(await requireActionOrgCtx(orgSlug), {
      serviceAccountId,
      name: text(form, 'name') ?? '',
      // FormData is strings: "never" means no expiry, anything else a number of days.
      expiresInDays: expiry === 'never' ? null : Number(expiry),
      scopes: form.getAll('scopes').filter((s): s is string => typeof s === 'string') as never,
    });
    revalidatePath(`/orgs/${orgSlug}/service-accounts/${serviceAccountId}`);
    return { ok: true, ...created };
  } catch (err) {
    return toActionError(err);
  }
}

export async function revokeApiTokenAction(orgSlug: string, serviceAccountId: string, tokenId: string): Promise<ActionResult> {
  try {
    await revokeApiToken(await requireActionOrgCtx(orgSlug), { serviceAccountId, tokenId });
    revalidatePath(`/orgs/${orgSlug}/service-accounts/${serviceAccountId}`);
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}
