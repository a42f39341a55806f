// Creating, changing, restarting and deleting sessions. A session is a FlinkDeployment without a
// job, written like an application (lib/flink-resources/change.ts). Deleting a session with jobs
// deletes the jobs first (after final savepoints where asked and possible), then the session;
// the session is deleted only once its last job is gone, so it is never left half deleted.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getDb } from '@/lib/db/client';
import { flinkDeployments, sessionJobs } from '@/lib/db/schema';
import { ConflictError, ValidationError } from '@/lib/errors';
import { actionRefusal } from '@/lib/flink-resources/action-rules';
import { changeDeployment, createDeployment, enqueueDeploymentDelete } from '@/lib/flink-resources/change';
import { checkVersion, clusterFlinkVersions, refuseWhileDeleting, type WriteOptions } from '@/lib/flink-resources/guards';
import { checkSession } from '@/lib/k8s/flink/check-spec';
import { nextRestartNonce } from '@/lib/k8s/flink/common';
import { deleteJobInTx } from '@/lib/session-jobs/delete';
import type { SessionDto } from '@/lib/validation/sessions';
import { toSessionDto } from './dto';
import { getSession, loadSession } from './read';

export async function createSession(ctx: OrgCtx, wsName: string, input: unknown): Promise<SessionDto> {
  const { workspace } = await authorizeWorkspace(ctx, wsName, 'sessions.write');
  const checked = checkSession(input, { flinkVersions: await clusterFlinkVersions(workspace.clusterId), podSecurityLevel: workspace.podSecurityLevel });
  if (!checked.ok) throw new ValidationError(checked.fieldErrors);
  const spec = checked.spec;
  const row = await createDeployment(ctx, workspace, {
    mode: 'session',
    spec,
    details: { image: spec.image, flinkVersion: spec.flinkVersion, taskManagers: spec.taskManager.replicas },
  });
  return toSessionDto(row, workspace.name, { total: 0, running: 0 });
}

export async function updateSession(ctx: OrgCtx, wsName: string, name: string, input: unknown, opts: WriteOptions = {}): Promise<SessionDto> {
  const { workspace, row } = await loadSession(ctx, wsName, name, 'sessions.write');
  const checked = checkSession(input, { flinkVersions: await clusterFlinkVersions(workspace.clusterId), podSecurityLevel: workspace.podSecurityLevel });
  if (!checked.ok) throw new ValidationError(checked.fieldErrors);
  if (checked.spec.name !== row.name) throw new ValidationError({ name: ['The name cannot change: create a new session instead.'] });
  checkVersion(row, opts.ifMatch);
  refuseWhileDeleting(row);
  await (await getDb()).transaction((tx) => changeDeployment(tx, ctx, workspace, row, { spec: checked.spec as unknown as Record<string, unknown>, action: 'session.update' }));
  return getSession(ctx, wsName, name);
}

/** Restarts the session cluster (restartNonce); its jobs restart with it. */
export async function restartSession(ctx: OrgCtx, wsName: string, name: string, opts: WriteOptions = {}): Promise<SessionDto> {
  const { workspace, row } = await loadSession(ctx, wsName, name, 'sessions.write');
  checkVersion(row, opts.ifMatch);
  const refusal = actionRefusal(row, 'restart');
  if (refusal) throw new ConflictError(`${row.name} cannot be restarted: ${refusal}`);
  await (await getDb()).transaction((tx) => changeDeployment(tx, ctx, workspace, row, { restartNonce: nextRestartNonce(row.restartNonce), action: 'session.restart' }));
  return getSession(ctx, wsName, name);
}

export interface DeleteSessionOptions extends WriteOptions {
  /** Delete its jobs first; without it, a session with jobs is refused (409 names them). */
  withJobs?: boolean;
  /** Take a final savepoint of each job that can take one before deleting it. */
  savepoint?: boolean;
}

export async function deleteSession(ctx: OrgCtx, wsName: string, name: string, opts: DeleteSessionOptions = {}): Promise<SessionDto> {
  const { workspace, row } = await loadSession(ctx, wsName, name, 'sessions.write');
  checkVersion(row, opts.ifMatch);
  refuseWhileDeleting(row);
  const db = await getDb();
  await db.transaction(async (tx) => {
    // Locks the session (new jobs wait for it, see createSessionJob) and its jobs (no change
    // slips in between the check and the delete).
    const [locked] = await tx.select({ deletionRequestedAt: flinkDeployments.deletionRequestedAt }).from(flinkDeployments).where(eq(flinkDeployments.id, row.id)).for('update');
    if (!locked || locked.deletionRequestedAt) throw new ConflictError(`${row.name} is being deleted.`);
    const jobs = await tx.select().from(sessionJobs).where(eq(sessionJobs.sessionId, row.id)).for('update');
    if (jobs.length > 0 && !opts.withJobs) {
      throw new ConflictError(`${row.name} has jobs: ${jobs.map((j) => j.name).join(', ')}. Delete them first, or delete the session with its jobs.`);
    }
    await tx
      .update(flinkDeployments)
      .set({
        deletionRequestedAt: new Date(),
        state: 'deleting',
        stateMessage: jobs.length > 0 ? `Deleting its ${jobs.length} job(s) first.` : 'Deleting.',
        version: sql`${flinkDeployments.version} + 1`,
      })
      .where(eq(flinkDeployments.id, row.id));
    for (const job of jobs.filter((j) => !j.deletionRequestedAt)) await deleteJobInTx(tx, ctx, workspace, job, { savepoint: opts.savepoint, ifPossible: true, sessionSpec: row.spec });
    // With no jobs left to wait for, the session goes now; otherwise its last job's deletion sends it.
    if (jobs.length === 0) await enqueueDeploymentDelete(tx, workspace.clusterId, row);
    await recordAudit(tx, ctx, {
      action: 'session.delete',
      target: { type: 'session', id: row.id, label: row.name },
      details: { workspace: workspace.name, jobs: jobs.map((j) => j.name), finalSavepoints: Boolean(opts.savepoint) },
    });
  });
  return getSession(ctx, wsName, name);
}
