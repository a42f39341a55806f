// The session form's values: the Flink cluster part applications share
// (components/flink/cluster-form-values) and what only a session has: how many TaskManagers it
// keeps, the image's plugins to enable and extra jars for its jobs. The conversions both ways:
// values → the spec input the session services take; a stored spec → values for the edit form,
// so an untouched edit form changes nothing. Pure.
import { CLUSTER_ADVANCED_FIELDS, CLUSTER_FIELD_OF, IMAGE_FIELDS, POD_FIELDS, clusterInputFromValues, clusterValuesFromSpec, emptyClusterValues, type ClusterFormValues } from '@/components/flink/cluster-form-values';
import { linesOf, numberOrDefault } from '@/components/flink/spec-form-values';
import type { FieldErrors } from '@/lib/errors';
import type { SessionSpec } from '@/lib/validation/flink';

export interface SessionFormValues extends ClusterFormValues {
  taskManagerReplicas: string;
  /** Plugin jars of the image, one per line. */
  plugins: string;
  /** https:// jar URLs, one per line. */
  extraJars: string;
}

export const SESSION_FIELDS = [
  'name',
  ...IMAGE_FIELDS,
  'flinkVersion',
  ...POD_FIELDS,
  'taskManager.replicas',
  'plugins',
  'extraJars',
  'checkpointDir',
  'savepointDir',
  ...CLUSTER_ADVANCED_FIELDS,
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];

export const SESSION_FIELD_OF: Record<keyof SessionFormValues, SessionField> = {
  ...CLUSTER_FIELD_OF,
  taskManagerReplicas: 'taskManager.replicas',
  plugins: 'plugins',
  extraJars: 'extraJars',
};

export function emptySessionValues(flinkVersion: string): SessionFormValues {
  return { ...emptyClusterValues(flinkVersion), taskManagerReplicas: '1', plugins: '', extraJars: '' };
}

export function sessionValuesFromSpec(spec: SessionSpec): SessionFormValues {
  return {
    ...clusterValuesFromSpec(spec),
    taskManagerReplicas: String(spec.taskManager.replicas),
    plugins: spec.plugins.join('\n'),
    extraJars: spec.extraJars.join('\n'),
  };
}

/** The spec input (what the API takes as JSON) and the form-only problems found on the way. */
export function sessionInputFromValues(values: SessionFormValues): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const cluster = clusterInputFromValues(values, errors);
  const input = {
    ...cluster,
    taskManager: { ...cluster.taskManager, replicas: numberOrDefault(values.taskManagerReplicas) },
    plugins: linesOf(values.plugins),
    extraJars: linesOf(values.extraJars),
  };
  return { input, errors };
}
