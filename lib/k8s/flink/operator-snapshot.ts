// The savepoints the Flink operator takes by itself, as it records them on the FlinkStateSnapshot
// it creates (operator 1.10+, FlinkStateSnapshotUtils.createSavepointResource): named
// `<job>-savepoint-<periodic|upgrade>-<epoch ms>` in the job's namespace, labelled
// `snapshot.trigger-type: PERIODIC|UPGRADE` (its controller later adds `snapshot.type`,
// `snapshot.state`, `job-reference.kind/name`), with `spec.jobReference {kind, name}` and
// `spec.savepoint`, no owner references and no Flotilla labels. Periodic checkpoints are
// FlinkStateSnapshots too (`spec.checkpoint`); they are not savepoints. Pure.
import { FLOTILLA_LABELS, MANAGED_BY_FLOTILLA } from '@/lib/k8s/manifests/labels';
import { summarizeSnapshotStatus, type SnapshotStatus, type SnapshotSummary } from './status';

/** The operator's labels (its CrdConstants). */
export const OPERATOR_SNAPSHOT_LABELS = {
  triggerType: 'snapshot.trigger-type',
  type: 'snapshot.type',
} as const;

/** The operator's trigger types Flotilla mirrors, and the trigger each becomes. */
const TRIGGERS = { PERIODIC: 'periodic', UPGRADE: 'upgrade' } as const;
export type OperatorSavepointTrigger = (typeof TRIGGERS)[keyof typeof TRIGGERS];

/**
 * One list call's label selector: the operator's periodic and upgrade snapshots that are not
 * Flotilla's and not labelled as checkpoints (new ones are not labelled either way yet).
 */
export const OPERATOR_SAVEPOINT_SELECTOR = [
  `${OPERATOR_SNAPSHOT_LABELS.triggerType} in (${Object.keys(TRIGGERS).join(',')})`,
  `${OPERATOR_SNAPSHOT_LABELS.type}!=CHECKPOINT`,
  `${FLOTILLA_LABELS.managedBy}!=${MANAGED_BY_FLOTILLA}`,
].join(',');

export interface ListedSnapshot {
  metadata: { name: string; namespace: string; creationTimestamp?: string; labels?: Record<string, string> };
  spec?: { jobReference?: { kind?: string; name?: string }; savepoint?: unknown; checkpoint?: unknown };
  status?: SnapshotStatus;
}

export interface OperatorSavepoint {
  namespace: string;
  name: string;
  target: { kind: 'FlinkDeployment' | 'FlinkSessionJob'; name: string };
  trigger: OperatorSavepointTrigger;
  /** When the operator created it: when the savepoint was taken, for ordering. */
  createdAt?: string;
  summary: SnapshotSummary;
}

/** The savepoint an operator-created snapshot stands for, or null when it is not one. */
export function readOperatorSavepoint(object: ListedSnapshot): OperatorSavepoint | null {
  const labels = object.metadata.labels ?? {};
  if (labels[FLOTILLA_LABELS.managedBy] === MANAGED_BY_FLOTILLA) return null;
  const trigger = TRIGGERS[labels[OPERATOR_SNAPSHOT_LABELS.triggerType] as keyof typeof TRIGGERS];
  if (!trigger || !object.spec?.savepoint) return null;
  const { kind, name } = object.spec.jobReference ?? {};
  if ((kind !== 'FlinkDeployment' && kind !== 'FlinkSessionJob') || !name) return null;
  return {
    namespace: object.metadata.namespace,
    name: object.metadata.name,
    target: { kind, name },
    trigger,
    ...(object.metadata.creationTimestamp ? { createdAt: object.metadata.creationTimestamp } : {}),
    summary: summarizeSnapshotStatus(object.status),
  };
}
