'use server';
// Granting and revoking workspace roles from the Access tab; the service authorizes.
import { revalidatePath } from 'next/cache';
import { formText } from '@/lib/api/form-data';
import { toActionError, type ActionResult } from '@/lib/api/action-result';
import { requireActionOrgCtx } from '@/lib/auth/session';
import { grantWorkspaceRole, revokeWorkspaceGrant } from '@/lib/workspaces';

/** `principal` is `user:<id>` or `service_account:<id>`. */
function principalOf(value: string) {
  const [type, id] = value.split(':');
  return type === 'service_account' ? { serviceAccountId: id } : { userId: id };
}

export async function grantAction(orgSlug: string, ws: string, _prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  try {
    const ctx = await requireActionOrgCtx(orgSlug);
    await grantWorkspaceRole(ctx, ws, { ...principalOf(formText(form, 'principal')), role: formText(form, 'role') });
    revalidatePath(`/orgs/${orgSlug}/workspaces/${ws}/access`);
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}

export async function revokeAction(orgSlug: string, ws: string, principal: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionOrgCtx(orgSlug);
    await revokeWorkspaceGrant(ctx, ws, principalOf(principal));
    revalidatePath(`/orgs/${orgSlug}/workspaces/${ws}/access`);
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}
