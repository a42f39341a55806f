// The session form's values as people edit them, and the conversions both ways: values → the
// spec input the session services take; a stored spec → values for the edit form, so an
// untouched edit form changes nothing. Pure.
import { stringify } from 'yaml';
import {
  configurationFromValues,
  configurationValuesFromMap,
  emptyConfiguration,
  linesOf,
  logConfigurationFromValues,
  logValuesFromMap,
  newRow,
  numberOrDefault,
  podValuesFromSpec,
  rowsFromMap,
  rowsToMap,
  textOrDefault,
  type ConfigurationValues,
  type KeyValueRow,
  type LogValues,
  type PodValues,
} from '@/components/flink/spec-form-values';
import type { FieldErrors } from '@/lib/errors';
import { DEFAULT_JOB_MANAGER, DEFAULT_TASK_MANAGER, type SessionSpec } from '@/lib/validation/flink';

export interface SessionFormValues extends ConfigurationValues, PodValues, LogValues {
  name: string;
  flinkVersion: string;
  image: string;
  imagePullPolicy: string;
  taskManagerReplicas: string;
  /** Plugin jars of the image, one per line. */
  plugins: string;
  /** https:// jar URLs, one per line. */
  extraJars: string;
  checkpointDir: string;
  savepointDir: string;
  labelRows: KeyValueRow[];
  podTemplate: string;
}

export const SESSION_FIELDS = [
  'name',
  'image',
  'imagePullPolicy',
  'flinkVersion',
  'jobManager.cpu',
  'jobManager.memory',
  'taskManager.cpu',
  'taskManager.memory',
  'taskManager.slots',
  'taskManager.replicas',
  'plugins',
  'extraJars',
  'checkpointDir',
  'savepointDir',
  'flinkConfiguration',
  'logConfiguration',
  'labels',
  'podTemplate',
] as const;
export type SessionField = (typeof SESSION_FIELDS)[number];

export const SESSION_FIELD_OF: Record<keyof SessionFormValues, SessionField> = {
  name: 'name',
  flinkVersion: 'flinkVersion',
  image: 'image',
  imagePullPolicy: 'imagePullPolicy',
  jobManagerCpu: 'jobManager.cpu',
  jobManagerMemory: 'jobManager.memory',
  taskManagerCpu: 'taskManager.cpu',
  taskManagerMemory: 'taskManager.memory',
  taskManagerSlots: 'taskManager.slots',
  taskManagerReplicas: 'taskManager.replicas',
  plugins: 'plugins',
  extraJars: 'extraJars',
  checkpointDir: 'checkpointDir',
  savepointDir: 'savepointDir',
  configMode: 'flinkConfiguration',
  configRows: 'flinkConfiguration',
  configYaml: 'flinkConfiguration',
  log4j: 'logConfiguration',
  otherLogFiles: 'logConfiguration',
  labelRows: 'labels',
  podTemplate: 'podTemplate',
};

export function emptySessionValues(flinkVersion: string): SessionFormValues {
  return {
    name: '',
    flinkVersion,
    image: '',
    imagePullPolicy: '',
    ...podValuesFromSpec({ jobManager: DEFAULT_JOB_MANAGER, taskManager: DEFAULT_TASK_MANAGER }),
    taskManagerReplicas: '1',
    ...emptyConfiguration(),
    plugins: '',
    extraJars: '',
    checkpointDir: '',
    savepointDir: '',
    log4j: '',
    otherLogFiles: {},
    labelRows: [newRow()],
    podTemplate: '',
  };
}

export function sessionValuesFromSpec(spec: SessionSpec): SessionFormValues {
  return {
    name: spec.name,
    flinkVersion: spec.flinkVersion ?? '',
    image: spec.image,
    imagePullPolicy: spec.imagePullPolicy ?? '',
    ...podValuesFromSpec(spec),
    taskManagerReplicas: String(spec.taskManager.replicas),
    ...configurationValuesFromMap(spec.flinkConfiguration),
    plugins: spec.plugins.join('\n'),
    extraJars: spec.extraJars.join('\n'),
    checkpointDir: spec.checkpointDir ?? '',
    savepointDir: spec.savepointDir ?? '',
    ...logValuesFromMap(spec.logConfiguration),
    labelRows: rowsFromMap(spec.labels),
    podTemplate: spec.podTemplate ? stringify(spec.podTemplate) : '',
  };
}

/** The spec input (what the API takes as JSON) and the form-only problems found on the way. */
export function sessionInputFromValues(values: SessionFormValues): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const input = {
    name: values.name.trim(),
    flinkVersion: values.flinkVersion || undefined,
    image: values.image,
    imagePullPolicy: values.imagePullPolicy || undefined,
    jobManager: { cpu: numberOrDefault(values.jobManagerCpu), memory: textOrDefault(values.jobManagerMemory) },
    taskManager: {
      cpu: numberOrDefault(values.taskManagerCpu),
      memory: textOrDefault(values.taskManagerMemory),
      slots: numberOrDefault(values.taskManagerSlots),
      replicas: numberOrDefault(values.taskManagerReplicas),
    },
    flinkConfiguration: configurationFromValues(values, errors),
    plugins: linesOf(values.plugins),
    extraJars: linesOf(values.extraJars),
    checkpointDir: values.checkpointDir,
    savepointDir: values.savepointDir,
    logConfiguration: logConfigurationFromValues(values),
    labels: rowsToMap(values.labelRows, 'labels', errors),
    podTemplate: values.podTemplate,
  };
  return { input, errors };
}
