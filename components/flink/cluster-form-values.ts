// The Flink cluster part of a spec form, which applications and sessions share: the common part
// (name, state directories, configuration, labels) with the image and Flink version, the pods'
// resources, log configuration and a pod template. Its values, the field each feeds, the field
// groups its sections show, and the conversions both ways. Pure.
import { stringify } from 'yaml';
import type { FieldErrors } from '@/lib/errors';
import { DEFAULT_JOB_MANAGER, DEFAULT_TASK_MANAGER, type ApplicationSpec } from '@/lib/validation/flink';
import { COMMON_FIELD_OF, commonInputFromValues, commonValuesFromSpec, emptyCommonValues, type CommonFormValues } from './common-form-values';
import { logConfigurationFromValues, logValuesFromMap, numberOrDefault, podValuesFromSpec, textOrDefault, type LogValues, type PodValues } from './spec-form-values';

export interface ClusterFormValues extends CommonFormValues, PodValues, LogValues {
  flinkVersion: string;
  image: string;
  imagePullPolicy: string;
  podTemplate: string;
}

export const IMAGE_FIELDS = ['image', 'imagePullPolicy'] as const;
/** The JobManager's and TaskManager's resources, as the Resources sections show them. */
export const POD_FIELDS = ['jobManager.cpu', 'jobManager.memory', 'taskManager.cpu', 'taskManager.memory', 'taskManager.slots'] as const;
/** What the cluster forms show last, in their collapsed advanced section. */
export const CLUSTER_ADVANCED_FIELDS = ['flinkConfiguration', 'logConfiguration', 'labels', 'podTemplate'] as const;

export const CLUSTER_FIELD_OF = {
  ...COMMON_FIELD_OF,
  flinkVersion: 'flinkVersion',
  image: 'image',
  imagePullPolicy: 'imagePullPolicy',
  jobManagerCpu: 'jobManager.cpu',
  jobManagerMemory: 'jobManager.memory',
  taskManagerCpu: 'taskManager.cpu',
  taskManagerMemory: 'taskManager.memory',
  taskManagerSlots: 'taskManager.slots',
  log4j: 'logConfiguration',
  otherLogFiles: 'logConfiguration',
  podTemplate: 'podTemplate',
} as const satisfies Record<keyof ClusterFormValues, string>;

type ClusterSpec = Pick<
  ApplicationSpec,
  'name' | 'flinkVersion' | 'image' | 'imagePullPolicy' | 'jobManager' | 'taskManager' | 'checkpointDir' | 'savepointDir' | 'flinkConfiguration' | 'logConfiguration' | 'labels' | 'podTemplate'
>;

/** A new cluster: the pods' default resources, the given Flink version, everything else empty. */
export function emptyClusterValues(flinkVersion: string): ClusterFormValues {
  return {
    ...emptyCommonValues(),
    flinkVersion,
    image: '',
    imagePullPolicy: '',
    ...podValuesFromSpec({ jobManager: DEFAULT_JOB_MANAGER, taskManager: DEFAULT_TASK_MANAGER }),
    log4j: '',
    otherLogFiles: {},
    podTemplate: '',
  };
}

/** The edit form starts from the stored spec (defaults already filled in by the service). */
export function clusterValuesFromSpec(spec: ClusterSpec): ClusterFormValues {
  return {
    ...commonValuesFromSpec(spec),
    flinkVersion: spec.flinkVersion ?? '',
    image: spec.image,
    imagePullPolicy: spec.imagePullPolicy ?? '',
    ...podValuesFromSpec(spec),
    ...logValuesFromMap(spec.logConfiguration),
    podTemplate: spec.podTemplate ? stringify(spec.podTemplate) : '',
  };
}

/** The cluster part of the spec input; problems of the rows and YAML go to `errors`. */
export function clusterInputFromValues(values: ClusterFormValues, errors: FieldErrors) {
  return {
    ...commonInputFromValues(values, errors),
    flinkVersion: values.flinkVersion || undefined,
    image: values.image,
    imagePullPolicy: values.imagePullPolicy || undefined,
    jobManager: { cpu: numberOrDefault(values.jobManagerCpu), memory: textOrDefault(values.jobManagerMemory) },
    taskManager: { cpu: numberOrDefault(values.taskManagerCpu), memory: textOrDefault(values.taskManagerMemory), slots: numberOrDefault(values.taskManagerSlots) },
    logConfiguration: logConfigurationFromValues(values),
    podTemplate: values.podTemplate,
  };
}
