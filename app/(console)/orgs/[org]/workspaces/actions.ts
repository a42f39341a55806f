'use server';
// Server actions of the workspace pages: each adapts FormData to one service call in the
// signed-in user's OrgCtx; the services authorize.
import { revalidatePath } from 'next/cache';
import { toActionError, type ActionResult } from '@/lib/api/action-result';
import { requireUserCtx } from '@/lib/auth/session';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { createWorkspace } from '@/lib/workspaces';
import type { WorkspaceDto } from '@/lib/workspaces';

const text = (form: FormData, key: string) => {
  const v = form.get(key);
  return typeof v === 'string' ? v.trim() : '';
};

export async function createWorkspaceAction(
  orgSlug: string,
  _prev: ActionResult<{ workspace: WorkspaceDto }> | null,
  form: FormData,
): Promise<ActionResult<{ workspace: WorkspaceDto }>> {
  try {
    const ctx = await resolveOrgCtx(await requireUserCtx(), orgSlug);
    const cpu = text(form, 'quotaCpu');
    const memory = text(form, 'quotaMemory');
    const maxDeployments = text(form, 'quotaMaxDeployments');
    const workspace = await createWorkspace(ctx, {
      name: text(form, 'name'),
      cluster: text(form, 'cluster'),
      namespace: text(form, 'namespace') || undefined,
      description: text(form, 'description'),
      quota: cpu || memory || maxDeployments ? { cpu: cpu || null, memory: memory || null, maxDeployments: maxDeployments ? Number(maxDeployments) : null } : null,
      adoptNamespace: form.get('adoptNamespace') === 'on',
    });
    revalidatePath(`/orgs/${orgSlug}/workspaces`);
    return { ok: true, workspace };
  } catch (err) {
    return toActionError(err);
  }
}
