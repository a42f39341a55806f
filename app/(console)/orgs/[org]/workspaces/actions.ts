'use server';
// Server actions of the workspace pages: each adapts FormData to one service call in the
// signed-in user's OrgCtx; the services authorize.
import { revalidatePath } from 'next/cache';
import { formText, quotaFromForm } from '@/lib/api/form-data';
import { toActionError, type ActionResult } from '@/lib/api/action-result';
import { requireActionOrgCtx } from '@/lib/auth/session';
import { createWorkspace } from '@/lib/workspaces';
import type { WorkspaceDto } from '@/lib/workspaces';

const text = (form: FormData, key: string) => formText(form, key, { trim: true });

export async function createWorkspaceAction(
  orgSlug: string,
  _prev: ActionResult<{ workspace: WorkspaceDto }> | null,
  form: FormData,
): Promise<ActionResult<{ workspace: WorkspaceDto }>> {
  try {
    const ctx = await requireActionOrgCtx(orgSlug);
    const workspace = await createWorkspace(ctx, {
      name: text(form, 'name'),
      cluster: text(form, 'cluster'),
      namespace: text(form, 'namespace') || undefined,
      description: text(form, 'description'),
      quota: quotaFromForm(form),
      adoptNamespace: form.get('adoptNamespace') === 'on',
      podSecurityLevel: text(form, 'podSecurityLevel') || undefined,
    });
    revalidatePath(`/orgs/${orgSlug}/workspaces`);
    return { ok: true, workspace };
  } catch (err) {
    return toActionError(err);
  }
}
