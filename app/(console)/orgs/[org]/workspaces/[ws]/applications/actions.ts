'use server';
// The console's changes to applications: each action adapts its arguments (the form's spec as
// JSON, the version the page read for If-Match) to one service call in the signed-in user's
// OrgCtx; the services authorize, validate and refuse. A stale version is answered as `stale`, so
// the page can offer to reload (lib/api/action-result).
import { revalidatePath } from 'next/cache';
import { toActionError, toChangeError, versionOf, type ActionResult, type ChangeResult } from '@/lib/api/action-result';
import {
  createApplication,
  deleteApplication,
  restartApplication,
  resumeApplication,
  suspendApplication,
  triggerApplicationSavepoint,
  updateApplication,
} from '@/lib/applications';
import { requireActionOrgCtx } from '@/lib/auth/session';
import { ValidationError } from '@/lib/errors';
import type { SavepointDto } from '@/lib/validation/applications';

function revalidate(orgSlug: string, ws: string) {
  revalidatePath(`/orgs/${orgSlug}/workspaces/${ws}/applications`, 'layout');
}

export async function createApplicationAction(orgSlug: string, ws: string, input: unknown): Promise<ActionResult<{ name: string }>> {
  try {
    const application = await createApplication(await requireActionOrgCtx(orgSlug), ws, input);
    revalidate(orgSlug, ws);
    return { ok: true, name: application.name };
  } catch (err) {
    return toActionError(err);
  }
}

/** Replaces the spec; `input` carries no `state`, so the application keeps its desired state. */
export async function updateApplicationAction(orgSlug: string, ws: string, app: string, version: unknown, input: unknown): Promise<ChangeResult<{ version: number }>> {
  try {
    const application = await updateApplication(await requireActionOrgCtx(orgSlug), ws, app, input, { ifMatch: versionOf(version) });
    revalidate(orgSlug, ws);
    return { ok: true, version: application.version };
  } catch (err) {
    return toChangeError(err, app);
  }
}

const LIFECYCLE = { suspend: suspendApplication, resume: resumeApplication, restart: restartApplication } as const;

export async function lifecycleAction(orgSlug: string, ws: string, app: string, action: unknown, version: unknown): Promise<ChangeResult> {
  try {
    if (action !== 'suspend' && action !== 'resume' && action !== 'restart') throw new ValidationError({ action: ['Suspend, resume or restart.'] });
    await LIFECYCLE[action](await requireActionOrgCtx(orgSlug), ws, app, { ifMatch: versionOf(version) });
    revalidate(orgSlug, ws);
    return { ok: true };
  } catch (err) {
    return toChangeError(err, app);
  }
}

export async function triggerSavepointAction(orgSlug: string, ws: string, app: string): Promise<ActionResult<{ savepoint: SavepointDto }>> {
  try {
    const savepoint = await triggerApplicationSavepoint(await requireActionOrgCtx(orgSlug), ws, app);
    revalidate(orgSlug, ws);
    return { ok: true, savepoint };
  } catch (err) {
    return toActionError(err);
  }
}

/** Deletes the application, after a final savepoint when `finalSavepoint` is true. */
export async function deleteApplicationAction(orgSlug: string, ws: string, app: string, version: unknown, finalSavepoint: unknown): Promise<ChangeResult> {
  try {
    await deleteApplication(await requireActionOrgCtx(orgSlug), ws, app, { ifMatch: versionOf(version), savepoint: finalSavepoint === true });
    revalidate(orgSlug, ws);
    return { ok: true };
  } catch (err) {
    return toChangeError(err, app);
  }
}
