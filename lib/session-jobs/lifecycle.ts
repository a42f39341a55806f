// Suspend, resume, restart, cancel and savepoints of one session job, independent of its
// session and of the other jobs. Refused with the reason when the state does not allow it.
// Cancel stops the job without a savepoint: it is a suspend in the stateless upgrade mode, so a
// later resume starts with empty state (the form says so).
import 'server-only';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getDb } from '@/lib/db/client';
import { ConflictError } from '@/lib/errors';
import { actionRefusal, sessionSavepointDir, type LifecycleAction } from '@/lib/flink-resources/action-rules';
import type { DeploymentChange } from '@/lib/flink-resources/change';
import { checkVersion, type WriteOptions } from '@/lib/flink-resources/guards';
import { nextRestartNonce } from '@/lib/k8s/flink/common';
import { toSavepointDto } from '@/lib/savepoints/dto';
import { requestSavepoint } from '@/lib/savepoints/request';
import type { SavepointDto } from '@/lib/validation/applications';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { changeSessionJob } from './change';
import { toSessionJobDto } from './dto';
import { loadSessionJob, type SessionJobRow } from './load';

const VERBS: Record<LifecycleAction, string> = { suspend: 'suspended', resume: 'resumed', restart: 'restarted', savepoint: 'savepointed' };

async function act(ctx: OrgCtx, ws: string, session: string, name: string, action: LifecycleAction, opts: WriteOptions, change: (row: SessionJobRow) => DeploymentChange) {
  const loaded = await loadSessionJob(ctx, ws, session, name, 'sessions.write');
  checkVersion(loaded.job, opts.ifMatch);
  const refusal = actionRefusal({ ...loaded.job, inheritedSavepointDir: sessionSavepointDir(loaded.session.spec) }, action);
  if (refusal) throw new ConflictError(`${name} cannot be ${VERBS[action]}: ${refusal}`);
  const db = await getDb();
  return db.transaction(async (tx) =>
    toSessionJobDto(await changeSessionJob(tx, ctx, loaded.workspace, loaded.session, loaded.job, change(loaded.job)), loaded.workspace.name, loaded.session),
  );
}

export function suspendSessionJob(ctx: OrgCtx, ws: string, session: string, name: string, opts: WriteOptions = {}): Promise<SessionJobDto> {
  return act(ctx, ws, session, name, 'suspend', opts, () => ({ desiredState: 'suspended', action: 'session_job.suspend' }));
}

export function resumeSessionJob(ctx: OrgCtx, ws: string, session: string, name: string, opts: WriteOptions = {}): Promise<SessionJobDto> {
  return act(ctx, ws, session, name, 'resume', opts, () => ({ desiredState: 'running', action: 'session_job.resume' }));
}

export function restartSessionJob(ctx: OrgCtx, ws: string, session: string, name: string, opts: WriteOptions = {}): Promise<SessionJobDto> {
  return act(ctx, ws, session, name, 'restart', opts, (row) => ({ restartNonce: nextRestartNonce(row.restartNonce), action: 'session_job.restart' }));
}

export function cancelSessionJob(ctx: OrgCtx, ws: string, session: string, name: string, opts: WriteOptions = {}): Promise<SessionJobDto> {
  return act(ctx, ws, session, name, 'suspend', opts, (row) => ({
    spec: { ...row.spec, upgradeMode: 'stateless' },
    desiredState: 'suspended',
    action: 'session_job.cancel',
  }));
}

export async function triggerSessionJobSavepoint(ctx: OrgCtx, ws: string, session: string, name: string): Promise<SavepointDto> {
  const { workspace, job, session: sessionRow } = await loadSessionJob(ctx, ws, session, name, 'savepoints.write');
  const refusal = actionRefusal({ ...job, inheritedSavepointDir: sessionSavepointDir(sessionRow.spec) }, 'savepoint');
  if (refusal) throw new ConflictError(`No savepoint of ${job.name} possible: ${refusal}`);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const savepoint = await requestSavepoint(tx, ctx, workspace, { kind: 'FlinkSessionJob', id: job.id, name: job.name }, 'manual');
    await recordAudit(tx, ctx, { action: 'savepoint.create', target: { type: 'savepoint', id: savepoint.id, label: savepoint.name }, details: { workspace: workspace.name, session, job: job.name } });
    return toSavepointDto(savepoint);
  });
}
