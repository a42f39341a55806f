// Suspend, resume, restart and savepoints: each is refused, with the reason, when the current
// state does not allow it (action-rules.ts); otherwise it is a change of the desired state (or
// the restart nonce) applied like any other, or a FlinkStateSnapshot requested.
import 'server-only';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getDb } from '@/lib/db/client';
import { ConflictError } from '@/lib/errors';
import { actionRefusal, type LifecycleAction } from '@/lib/flink-resources/action-rules';
import { changeDeployment, type DeploymentChange } from '@/lib/flink-resources/change';
import { nextRestartNonce } from '@/lib/k8s/flink/common';
import { toSavepointDto } from '@/lib/savepoints/dto';
import { requestSavepoint } from '@/lib/savepoints/request';
import type { ApplicationDto, SavepointDto } from '@/lib/validation/applications';
import { toApplicationDto, type DeploymentRow } from './dto';
import { checkVersion, type WriteOptions } from '@/lib/flink-resources/guards';
import { loadApplication } from './load';

const VERBS: Record<LifecycleAction, string> = { suspend: 'suspended', resume: 'resumed', restart: 'restarted', savepoint: 'savepointed' };

async function act(ctx: OrgCtx, wsName: string, appName: string, action: LifecycleAction, opts: WriteOptions, change: (row: DeploymentRow) => DeploymentChange) {
  const { workspace, row } = await loadApplication(ctx, wsName, appName, 'applications.write');
  checkVersion(row, opts.ifMatch);
  const refusal = actionRefusal(row, action);
  if (refusal) throw new ConflictError(`${row.name} cannot be ${VERBS[action]}: ${refusal}`);
  const db = await getDb();
  return db.transaction(async (tx) => toApplicationDto(await changeDeployment(tx, ctx, workspace, row, change(row)), workspace.name));
}

/** job.state: suspended. The upgrade mode decides what is kept (a savepoint, the last checkpoint, or nothing). */
export function suspendApplication(ctx: OrgCtx, wsName: string, appName: string, opts: WriteOptions = {}): Promise<ApplicationDto> {
  return act(ctx, wsName, appName, 'suspend', opts, (row) => ({
    desiredState: 'suspended',
    action: 'application.suspend',
    details: { upgradeMode: (row.spec as { upgradeMode?: string }).upgradeMode },
  }));
}

export function resumeApplication(ctx: OrgCtx, wsName: string, appName: string, opts: WriteOptions = {}): Promise<ApplicationDto> {
  return act(ctx, wsName, appName, 'resume', opts, () => ({ desiredState: 'running', action: 'application.resume' }));
}

/** A new restartNonce makes the operator restart the job with the same spec. */
export function restartApplication(ctx: OrgCtx, wsName: string, appName: string, opts: WriteOptions = {}): Promise<ApplicationDto> {
  return act(ctx, wsName, appName, 'restart', opts, (row) => ({ restartNonce: nextRestartNonce(row.restartNonce), action: 'application.restart' }));
}

export async function triggerApplicationSavepoint(ctx: OrgCtx, wsName: string, appName: string): Promise<SavepointDto> {
  const { workspace, row } = await loadApplication(ctx, wsName, appName, 'savepoints.write');
  const refusal = actionRefusal(row, 'savepoint');
  if (refusal) throw new ConflictError(`No savepoint of ${row.name} possible: ${refusal}`);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const savepoint = await requestSavepoint(tx, ctx, workspace, { kind: 'FlinkDeployment', id: row.id, name: row.name }, 'manual');
    await recordAudit(tx, ctx, { action: 'savepoint.create', target: { type: 'savepoint', id: savepoint.id, label: savepoint.name }, details: { workspace: workspace.name, application: row.name } });
    return toSavepointDto(savepoint);
  });
}
