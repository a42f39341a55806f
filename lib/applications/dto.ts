// What callers see of an application: never a raw row. The observed status is reduced to the
// fields a person reads; the summary (state, message) was computed when it was observed.
import type { flinkDeployments } from '@/lib/db/schema';
import type { FlinkState, FlinkResourceStatus } from '@/lib/k8s/flink/status';
import { parseOperatorError } from '@/lib/k8s/flink/operator-error';
import type { ApplicationSpec } from '@/lib/validation/flink';
import type { ApplicationDto } from '@/lib/validation/applications';

export type DeploymentRow = typeof flinkDeployments.$inferSelect;

const text = (v: unknown) => (v === undefined || v === null || v === '' ? null : String(v));

export function toApplicationDto(row: DeploymentRow, workspaceName: string): ApplicationDto {
  const status = (row.observedStatus ?? {}) as FlinkResourceStatus;
  const job = status.jobStatus;
  return {
    id: row.id,
    name: row.name,
    workspace: workspaceName,
    spec: row.spec as unknown as ApplicationSpec,
    desiredState: row.desiredState,
    version: row.version,
    generation: row.generation,
    appliedGeneration: row.appliedGeneration,
    observedGeneration: row.observedGeneration,
    state: row.state as FlinkState,
    stateMessage: row.stateMessage,
    error: parseOperatorError(status.error) || null,
    job: job ? { id: text(job.jobId), state: text(job.state), startTime: epochText(job.startTime), updateTime: epochText(job.updateTime) } : null,
    lifecycleState: text(status.lifecycleState),
    jobManagerDeploymentStatus: text(status.jobManagerDeploymentStatus),
    lastObservedAt: row.lastObservedAt?.toISOString() ?? null,
    deletionRequestedAt: row.deletionRequestedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The operator writes job times as epoch milliseconds in a string; callers get ISO instants. */
function epochText(value: unknown): string | null {
  const ms = Number(value);
  return Number.isFinite(ms) && ms > 0 ? new Date(ms).toISOString() : null;
}
