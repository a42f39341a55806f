// What a savepoint row records of its FlinkStateSnapshot's status, whoever created the snapshot:
// the state, the path, why it failed or was abandoned, and when it finished. Pure.
import type { SnapshotSummary } from '@/lib/k8s/flink/status';

export const OPEN_SAVEPOINT_STATES = ['pending', 'in_progress'] as const;

export function isSavepointFinished(state: SnapshotSummary['state']): boolean {
  return !(OPEN_SAVEPOINT_STATES as readonly string[]).includes(state);
}

export function savepointOutcome(summary: SnapshotSummary, now = new Date()) {
  const finished = isSavepointFinished(summary.state);
  return {
    state: summary.state,
    path: summary.path ?? null,
    error: summary.state === 'failed' || summary.state === 'abandoned' ? (summary.error ?? summary.message) : null,
    completedAt: finished ? new Date(summary.finishedAt ?? now) : null,
    lastObservedAt: now,
  };
}
