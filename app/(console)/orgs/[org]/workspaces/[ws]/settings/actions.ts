'use server';
// Changing and deleting a workspace from its Settings tab: each action adapts FormData to one
// service call in the signed-in user's OrgCtx; the services authorize.
import { revalidatePath } from 'next/cache';
import { toActionError, type ActionResult } from '@/lib/api/action-result';
import { requireUserCtx } from '@/lib/auth/session';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { deleteWorkspace, updateWorkspace, type WorkspaceDto } from '@/lib/workspaces';

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v.trim() : '';
};

export async function updateWorkspaceAction(
  orgSlug: string,
  ws: string,
  _prev: ActionResult<{ workspace: WorkspaceDto }> | null,
  form: FormData,
): Promise<ActionResult<{ workspace: WorkspaceDto }>> {
  try {
    const ctx = await resolveOrgCtx(await requireUserCtx(), orgSlug);
    const cpu = text(form, 'quotaCpu');
    const memory = text(form, 'quotaMemory');
    const maxDeployments = text(form, 'quotaMaxDeployments');
    // Every field empty removes the quota; the schema coerces and checks the count.
    const quota = cpu || memory || maxDeployments ? { cpu: cpu || null, memory: memory || null, maxDeployments: maxDeployments || null } : null;
    const workspace = await updateWorkspace(ctx, ws, { description: text(form, 'description'), quota });
    revalidatePath(`/orgs/${orgSlug}/workspaces/${ws}`, 'layout');
    return { ok: true, workspace };
  } catch (err) {
    return toActionError(err);
  }
}

export async function deleteWorkspaceAction(orgSlug: string, ws: string): Promise<ActionResult> {
  try {
    const ctx = await resolveOrgCtx(await requireUserCtx(), orgSlug);
    await deleteWorkspace(ctx, ws);
    revalidatePath(`/orgs/${orgSlug}/workspaces`);
    return { ok: true };
  } catch (err) {
    return toActionError(err);
  }
}
