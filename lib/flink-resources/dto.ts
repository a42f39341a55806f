// The fields every reconciled Flink resource shows (application, session, session job): its
// versions, Flotilla's state summary and the parts of the observed status a person reads.
import type { flinkDeployments, sessionJobs } from '@/lib/db/schema';
import { parseOperatorError } from '@/lib/k8s/flink/operator-error';
import type { FlinkResourceStatus, FlinkState } from '@/lib/k8s/flink/status';

type ReconciledRow = typeof flinkDeployments.$inferSelect | typeof sessionJobs.$inferSelect;

const text = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));

/** The operator writes job times as epoch milliseconds in a string; callers get ISO instants. */
function epochText(value: unknown): string | null {
  const ms = Number(value);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}

export function reconciledFields(row: ReconciledRow, workspaceName: string) {
  const status = (row.observedStatus ?? {}) as FlinkResourceStatus;
  const job = status.jobStatus;
  return {
    id: row.id,
    name: row.name,
    workspace: workspaceName,
    version: row.version,
    generation: row.generation,
    appliedGeneration: row.appliedGeneration,
    observedGeneration: row.observedGeneration,
    state: row.state as FlinkState,
    stateMessage: row.stateMessage,
    error: parseOperatorError(status.error) || null,
    job: job?.state || job?.jobId ? { id: text(job.jobId), state: text(job.state), startTime: epochText(job.startTime), updateTime: epochText(job.updateTime) } : null,
    lifecycleState: text(status.lifecycleState),
    jobManagerDeploymentStatus: text(status.jobManagerDeploymentStatus),
    lastObservedAt: row.lastObservedAt?.toISOString() ?? null,
    deletionRequestedAt: row.deletionRequestedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
