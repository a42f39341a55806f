'use server';
// Changing and deleting a workspace from its Settings tab: each action adapts FormData to one
// service call in the signed-in user's OrgCtx; the services authorize.
import { revalidatePath } from 'next/cache';
import { formText, quotaFromForm } from '@/lib/api/form-data';
import { toActionError, type ActionResult } from '@/lib/api/action-result';
import { requireActionOrgCtx } from '@/lib/auth/session';
import { deleteWorkspace, updateWorkspace, type WorkspaceDto } from '@/lib/workspaces';

const text = (form: FormData, key: string) => formText(form, key, { trim: true });

export async function updateWorkspaceAction(
  orgSlug: string,
  ws: string,
  _prev: ActionResult<{ workspace: WorkspaceDto }> | null,
  form: FormData,
): Promise<ActionResult<{ workspace: WorkspaceDto }>> {
  try {
    const ctx = await requireActionOrgCtx(orgSlug);
    // Every field empty removes the quota.
    const quota = quotaFromForm(form);
    // Only organization admins see the level's field: absent, the level is left as it is.
    const podSecurityLevel = form.has('podSecurityLevel') ? text(form, 'podSecurityLevel') : undefined;
    const workspace = await updateWorkspace(ctx, ws, { description: text(form, 'description'), quota, podSecurityLevel });
    revalidatePath(`/orgs/${orgSlug}/workspaces/${ws}`, 'layout');
    return { ok: true, workspace };
  } catch (err) {
    return toActionError(err);
  }
}

export async function deleteWorkspaceAction(orgSlug: string, ws: string): Promise<ActionResult> {
  try {
    const ctx = await requireActionOrgCtx(orgSlug);
    await deleteWorkspace(ctx, ws);
    revalidatePath(`/orgs/${orgSlug}/workspaces`);
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}
