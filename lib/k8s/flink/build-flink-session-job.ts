// Session job → FlinkSessionJob naming its session in `spec.deploymentName` (DESIGN.md). The job's
// own configuration is written under the keys of the session's Flink version, which runs it.
import type { SessionJobSpec } from '@/lib/validation/flink';
import { buildJobSpec, FLINK_API_VERSION, flinkMetadata, type FlinkMetadata, type FlinkTarget } from './common';
import { buildFlinkConfiguration } from './flink-configuration';

export interface FlinkSessionJobObject {
  apiVersion: typeof FLINK_API_VERSION;
  kind: 'FlinkSessionJob';
  metadata: FlinkMetadata;
  spec: Record<string, unknown>;
}

export interface SessionJobTarget extends FlinkTarget {
  spec: SessionJobSpec;
  /** The session's name: its FlinkDeployment in the same namespace. */
  sessionName: string;
  /** The session's flinkVersion, which decides the configuration keys. */
  sessionFlinkVersion?: string;
  restartNonce?: number | null;
}

export function buildSessionJob(target: SessionJobTarget): FlinkSessionJobObject {
  const { spec } = target;
  const flinkConfiguration = buildFlinkConfiguration(spec, target.sessionFlinkVersion);
  return {
    apiVersion: FLINK_API_VERSION,
    kind: 'FlinkSessionJob',
    metadata: flinkMetadata(target, spec.name, spec.labels),
    spec: {
      deploymentName: target.sessionName,
      ...(Object.keys(flinkConfiguration).length > 0 ? { flinkConfiguration } : {}),
      job: buildJobSpec(spec),
      ...(target.restartNonce != null ? { restartNonce: target.restartNonce } : {}),
    },
  };
}
