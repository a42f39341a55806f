// Savepoints on operators without FlinkStateSnapshot (before 1.10): a savepoint is asked for by
// setting `spec.job.savepointTriggerNonce` to a new value on the FlinkDeployment or
// FlinkSessionJob, and reported in `status.jobStatus.savepointInfo` (the pending trigger's id,
// type and time; `lastSavepoint` and `savepointHistory`, each entry naming the nonce that asked
// for it). Pure: the nonce is derived from the savepoint's name, so a retried apply sets the same
// value and the outcome is found again from the name alone.
import { FLINK_API_VERSION } from './common';
import { lastReconciledSpec, type SnapshotSummary } from './status';

export interface OperatorSavepointEntry {
  timeStamp?: number | null;
  location?: string | null;
  triggerType?: string | null;
  formatType?: string | null;
  triggerNonce?: number | null;
}

export interface SavepointInfo {
  lastSavepoint?: OperatorSavepointEntry | null;
  triggerId?: string | null;
  triggerTimestamp?: number | null;
  triggerType?: string | null;
  formatType?: string | null;
  savepointHistory?: OperatorSavepointEntry[] | null;
  lastPeriodicSavepointTimestamp?: number | null;
}

/** The nonce of a savepoint named `<target>-savepoint-<hex>`: its hex suffix (≤ 48 bits, a safe integer). */
export function savepointTriggerNonce(savepointName: string): number {
  const hex = savepointName.slice(savepointName.lastIndexOf('-') + 1).replace(/[^0-9a-f]/g, '').slice(-12);
  // A suffix of zeros would read as "no nonce" to some operators; never 0.
  return Math.max(1, parseInt(hex || '1', 16));
}

/** The partial object applied under its own field manager: only the nonce, nothing else of the spec. */
export function buildSavepointTrigger(kind: 'FlinkDeployment' | 'FlinkSessionJob', name: string, namespace: string, nonce: number) {
  return { apiVersion: FLINK_API_VERSION, kind, metadata: { name, namespace }, spec: { job: { savepointTriggerNonce: nonce } } };
}

/** The savepointInfo of a FlinkDeployment's or FlinkSessionJob's status, if any. */
export function savepointInfoOf(status: Record<string, unknown> | null | undefined): SavepointInfo | null {
  const jobStatus = status?.jobStatus as { savepointInfo?: SavepointInfo } | undefined;
  return jobStatus?.savepointInfo ?? null;
}

/**
 * Where the savepoint asked for with `nonce` stands: completed when an entry of the history (or the
 * last savepoint) carries the nonce, in progress while the operator holds a manual trigger, else
 * pending. A failed trigger leaves no trace in 1.7's savepointInfo (only a `SavepointError` event
 * and the trigger cleared), so it is not guessed: it stays pending, with the events to read.
 */
export function summarizeSavepointTrigger(info: SavepointInfo | null, nonce: number, reconciledNonce: number | null): SnapshotSummary {
  const entries = [...(info?.savepointHistory ?? []), ...(info?.lastSavepoint ? [info.lastSavepoint] : [])];
  const done = entries.find((e) => e.triggerNonce === nonce && e.location);
  if (done) {
    return {
      state: 'completed',
      message: `Savepoint written to ${done.location}.`,
      path: done.location!,
      ...(done.timeStamp ? { finishedAt: new Date(done.timeStamp).toISOString() } : {}),
    };
  }
  if (info?.triggerId && info.triggerType === 'MANUAL' && reconciledNonce === nonce) {
    return { state: 'in_progress', message: `The savepoint is being taken (trigger ${info.triggerId}).` };
  }
  if (reconciledNonce === nonce) {
    return { state: 'pending', message: "The operator has accepted the savepoint request but not triggered it yet: it waits for a running job. The resource's events say why if it cannot." };
  }
  return { state: 'pending', message: 'Waiting for the operator to trigger the savepoint.' };
}

/** The nonce of the spec the operator last reconciled (from lastReconciledSpec), if it had one. */
export function reconciledSavepointNonce(status: Record<string, unknown> | null | undefined): number | null {
  const nonce = lastReconciledSpec(status)?.spec?.job?.savepointTriggerNonce;
  return typeof nonce === 'number' ? nonce : null;
}

export interface HistorySavepoint {
  /** Unique per target: `<target>-<periodic|upgrade>-<timeStamp>`. */
  name: string;
  trigger: 'periodic' | 'upgrade';
  path: string;
  takenAt: Date;
}

/**
 * The savepoints the operator took by itself (periodic, or on upgrade/suspend), from the
 * savepointHistory an operator before 1.10 keeps in the status: the only record of them there.
 * Manual ones are Flotilla's own requests, followed through their nonce.
 */
export function operatorHistorySavepoints(targetName: string, info: SavepointInfo | null): HistorySavepoint[] {
  const out: HistorySavepoint[] = [];
  for (const e of info?.savepointHistory ?? []) {
    const trigger = e.triggerType === 'PERIODIC' ? 'periodic' : e.triggerType === 'UPGRADE' ? 'upgrade' : null;
    if (!trigger || !e.location || !e.timeStamp) continue;
    out.push({ name: `${targetName}-${trigger}-${e.timeStamp}`, trigger, path: e.location, takenAt: new Date(e.timeStamp) });
  }
  return out;
}
