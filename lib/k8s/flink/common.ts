// What every Flink object Flotilla builds shares: the operator's API version, metadata with
// Flotilla's labels, and the `job` section that applications and session jobs have in common.
// Pure and client-safe (the forms preview the exact object that will be applied).
import { flotillaLabels } from '@/lib/k8s/manifests/labels';
import type { JobState, UpgradeMode } from '@/lib/validation/flink';

export const FLINK_API_VERSION = 'flink.apache.org/v1beta1';

/** Where a Flink object goes and whose it is: the Flotilla ids behind its labels. */
export interface FlinkTarget {
  /** The application's, session's or session job's id (label flotilla.dev/resource). */
  id: string;
  workspaceId: string;
  namespace: string;
}

export interface FlinkMetadata {
  name: string;
  namespace: string;
  labels: Record<string, string>;
}

/** The user's labels first: Flotilla's own always win, so an object can never disown itself. */
export function flinkMetadata(target: FlinkTarget, name: string, userLabels: Record<string, string> = {}): FlinkMetadata {
  return { name, namespace: target.namespace, labels: { ...userLabels, ...flotillaLabels(target.workspaceId, target.id) } };
}

export interface JobInput {
  jarURI: string;
  entryClass?: string;
  args: string[];
  parallelism: number;
  upgradeMode: UpgradeMode;
  state: JobState;
  initialSavepointPath?: string;
  allowNonRestoredState: boolean;
}

/** spec.job of a FlinkDeployment or FlinkSessionJob; optional fields only when they say something. */
export function buildJobSpec(job: JobInput): Record<string, unknown> {
  return {
    jarURI: job.jarURI,
    ...(job.entryClass ? { entryClass: job.entryClass } : {}),
    ...(job.args.length > 0 ? { args: job.args } : {}),
    parallelism: job.parallelism,
    upgradeMode: job.upgradeMode,
    state: job.state,
    ...(job.initialSavepointPath ? { initialSavepointPath: job.initialSavepointPath } : {}),
    ...(job.allowNonRestoredState ? { allowNonRestoredState: true } : {}),
  };
}

/** The next restartNonce: the operator restarts a resource whenever this changes to a new non-null value. */
export function nextRestartNonce(current: number | null | undefined): number {
  return (current ?? 0) + 1;
}
