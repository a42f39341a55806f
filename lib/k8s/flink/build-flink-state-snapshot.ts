// A savepoint is a FlinkStateSnapshot that references its application or session job by kind and
// name (DESIGN.md). Flotilla keeps savepoint data when the snapshot object goes away
// (disposeOnDelete: false): a savepoint outlives its job, since a new deployment starts from it.
import { FLINK_API_VERSION, flinkMetadata, type FlinkMetadata } from './common';

export type SnapshotTargetKind = 'FlinkDeployment' | 'FlinkSessionJob';

export interface FlinkStateSnapshotObject {
  apiVersion: typeof FLINK_API_VERSION;
  kind: 'FlinkStateSnapshot';
  metadata: FlinkMetadata;
  spec: {
    jobReference: { kind: SnapshotTargetKind; name: string };
    savepoint: { formatType: 'CANONICAL' | 'NATIVE'; disposeOnDelete: boolean; alreadyExists: boolean; path?: string };
    backoffLimit: number;
  };
}

export interface SavepointSnapshotInput {
  /** The FlinkStateSnapshot's name (savepointSnapshotName). */
  name: string;
  namespace: string;
  workspaceId: string;
  /** The application (FlinkDeployment) or session job (FlinkSessionJob) to snapshot. */
  target: { kind: SnapshotTargetKind; name: string; id: string };
  /** Where to write it; the job's savepoint directory when omitted. */
  path?: string;
  formatType?: 'CANONICAL' | 'NATIVE';
  /** Retries before the operator marks it failed; people retry by asking again. */
  backoffLimit?: number;
}

/** `<target>-savepoint-<suffix>`: unique per request, readable in kubectl, a valid object name. */
export function savepointSnapshotName(targetName: string, suffix: string): string {
  const clean = suffix.toLowerCase().replace(/[^a-z0-9]/g, '').slice(0, 12);
  return `${targetName}-savepoint-${clean}`;
}

export function buildSavepointSnapshot(input: SavepointSnapshotInput): FlinkStateSnapshotObject {
  return {
    apiVersion: FLINK_API_VERSION,
    kind: 'FlinkStateSnapshot',
    metadata: flinkMetadata({ id: input.target.id, workspaceId: input.workspaceId, namespace: input.namespace }, input.name),
    spec: {
      jobReference: { kind: input.target.kind, name: input.target.name },
      savepoint: {
        formatType: input.formatType ?? 'CANONICAL',
        disposeOnDelete: false,
        alreadyExists: false,
        ...(input.path ? { path: input.path } : {}),
      },
      backoffLimit: input.backoffLimit ?? 1,
    },
  };
}
