'use server';
// The console's changes to sessions and their jobs: each action adapts its arguments (the form's
// spec as JSON, the version the page read for If-Match, the choices of a dialog) to one service
// call in the signed-in user's OrgCtx; the services authorize, validate and refuse. A stale
// version is answered as `stale`, so the page can offer to reload (lib/api/action-result).
import { revalidatePath } from 'next/cache';
import { toActionError, toChangeError, versionOf, type ActionResult, type ChangeResult } from '@/lib/api/action-result';
import { requireActionOrgCtx } from '@/lib/auth/session';
import { ValidationError } from '@/lib/errors';
import {
  cancelSessionJob,
  createSessionJob,
  deleteSessionJob,
  restartSessionJob,
  resumeSessionJob,
  suspendSessionJob,
  triggerSessionJobSavepoint,
  updateSessionJob,
} from '@/lib/session-jobs';
import { createSession, deleteSession, restartSession, updateSession } from '@/lib/sessions';
import type { SavepointDto } from '@/lib/validation/applications';

function revalidate(orgSlug: string, ws: string) {
  revalidatePath(`/orgs/${orgSlug}/workspaces/${ws}/sessions`, 'layout');
}

export async function createSessionAction(orgSlug: string, ws: string, input: unknown): Promise<ActionResult<{ name: string }>> {
  try {
    const session = await createSession(await requireActionOrgCtx(orgSlug), ws, input);
    revalidate(orgSlug, ws);
    return { ok: true, name: session.name };
  } catch (err) {
    return toActionError(err);
  }
}

export async function updateSessionAction(orgSlug: string, ws: string, session: string, version: unknown, input: unknown): Promise<ChangeResult<{ version: number }>> {
  try {
    const updated = await updateSession(await requireActionOrgCtx(orgSlug), ws, session, input, { ifMatch: versionOf(version) });
    revalidate(orgSlug, ws);
    return { ok: true, version: updated.version };
  } catch (err) {
    return toChangeError(err, session);
  }
}

export async function restartSessionAction(orgSlug: string, ws: string, session: string, version: unknown): Promise<ChangeResult> {
  try {
    await restartSession(await requireActionOrgCtx(orgSlug), ws, session, { ifMatch: versionOf(version) });
    revalidate(orgSlug, ws);
    return { ok: true };
  } catch (err) {
    return toChangeError(err, session);
  }
}

/** Deletes the session; `withJobs` deletes its jobs first, `savepoints` after a final savepoint of each where possible. */
export async function deleteSessionAction(orgSlug: string, ws: string, session: string, version: unknown, withJobs: unknown, savepoints: unknown): Promise<ChangeResult> {
  try {
    await deleteSession(await requireActionOrgCtx(orgSlug), ws, session, { ifMatch: versionOf(version), withJobs: withJobs === true, savepoint: withJobs === true && savepoints === true });
    revalidate(orgSlug, ws);
    return { ok: true };
  } catch (err) {
    return toChangeError(err, session);
  }
}

export async function createSessionJobAction(orgSlug: string, ws: string, session: string, input: unknown): Promise<ActionResult<{ name: string }>> {
  try {
    const job = await createSessionJob(await requireActionOrgCtx(orgSlug), ws, session, input);
    revalidate(orgSlug, ws);
    return { ok: true, name: job.name };
  } catch (err) {
    return toActionError(err);
  }
}

/** Replaces the job's spec; `input` carries no `state`, so the job keeps its desired state. */
export async function updateSessionJobAction(orgSlug: string, ws: string, session: string, job: string, version: unknown, input: unknown): Promise<ChangeResult<{ version: number }>> {
  try {
    const updated = await updateSessionJob(await requireActionOrgCtx(orgSlug), ws, session, job, input, { ifMatch: versionOf(version) });
    revalidate(orgSlug, ws);
    return { ok: true, version: updated.version };
  } catch (err) {
    return toChangeError(err, job);
  }
}

const LIFECYCLE = { suspend: suspendSessionJob, resume: resumeSessionJob, restart: restartSessionJob, cancel: cancelSessionJob } as const;

export async function sessionJobLifecycleAction(orgSlug: string, ws: string, session: string, job: unknown, action: unknown, version: unknown): Promise<ChangeResult> {
  const name = typeof job === 'string' ? job : '';
  try {
    if (typeof action !== 'string' || !Object.hasOwn(LIFECYCLE, action)) throw new ValidationError({ action: ['Suspend, resume, restart or cancel.'] });
    await LIFECYCLE[action as keyof typeof LIFECYCLE](await requireActionOrgCtx(orgSlug), ws, session, name, { ifMatch: versionOf(version) });
    revalidate(orgSlug, ws);
    return { ok: true };
  } catch (err) {
    return toChangeError(err, name);
  }
}

export async function triggerSessionJobSavepointAction(orgSlug: string, ws: string, session: string, job: unknown): Promise<ActionResult<{ savepoint: SavepointDto }>> {
  try {
    const savepoint = await triggerSessionJobSavepoint(await requireActionOrgCtx(orgSlug), ws, session, typeof job === 'string' ? job : '');
    revalidate(orgSlug, ws);
    return { ok: true, savepoint };
  } catch (err) {
    return toActionError(err);
  }
}

/** Deletes the job, after a final savepoint when `finalSavepoint` is true. */
export async function deleteSessionJobAction(orgSlug: string, ws: string, session: string, job: unknown, version: unknown, finalSavepoint: unknown): Promise<ChangeResult> {
  const name = typeof job === 'string' ? job : '';
  try {
    await deleteSessionJob(await requireActionOrgCtx(orgSlug), ws, session, name, { ifMatch: versionOf(version), savepoint: finalSavepoint === true });
    revalidate(orgSlug, ws);
    return { ok: true };
  } catch (err) {
    return toChangeError(err, name);
  }
}
