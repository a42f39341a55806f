// The session form's values as people edit them, and the conversions both ways: values → the
// spec input the session services take; a stored spec → values for the edit form, so an
// untouched edit form changes nothing. Pure.
import { stringify } from 'yaml';
import { LOG4J_FILE, newRow, rowsToMap, type KeyValueRow } from '@/components/applications/form-values';
import type { FieldErrors } from '@/lib/errors';
import { DEFAULT_JOB_MANAGER, DEFAULT_TASK_MANAGER, type SessionSpec } from '@/lib/validation/flink';
import { configurationFromValues, emptyConfiguration, linesOf, numberOrDefault, rowsFromMap, textOrDefault, type ConfigurationValues } from './form-values';

export interface SessionFormValues extends ConfigurationValues {
  name: string;
  flinkVersion: string;
  image: string;
  imagePullPolicy: string;
  jobManagerCpu: string;
  jobManagerMemory: string;
  taskManagerCpu: string;
  taskManagerMemory: string;
  taskManagerSlots: string;
  taskManagerReplicas: string;
  /** Plugin jars of the image, one per line. */
  plugins: string;
  /** https:// jar URLs, one per line. */
  extraJars: string;
  checkpointDir: string;
  savepointDir: string;
  log4j: string;
  /** Log files the form has no field for (logback-console.xml): kept as they are. */
  otherLogFiles: Record<string, string>;
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
    jobManagerCpu: String(DEFAULT_JOB_MANAGER.cpu),
    jobManagerMemory: DEFAULT_JOB_MANAGER.memory,
    taskManagerCpu: String(DEFAULT_TASK_MANAGER.cpu),
    taskManagerMemory: DEFAULT_TASK_MANAGER.memory,
    taskManagerSlots: String(DEFAULT_TASK_MANAGER.slots),
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
  const { [LOG4J_FILE]: log4j = '', ...otherLogFiles } = spec.logConfiguration ?? {};
  return {
    name: spec.name,
    flinkVersion: spec.flinkVersion ?? '',
    image: spec.image,
    imagePullPolicy: spec.imagePullPolicy ?? '',
    jobManagerCpu: String(spec.jobManager.cpu),
    jobManagerMemory: spec.jobManager.memory,
    taskManagerCpu: String(spec.taskManager.cpu),
    taskManagerMemory: spec.taskManager.memory,
    taskManagerSlots: String(spec.taskManager.slots),
    taskManagerReplicas: String(spec.taskManager.replicas),
    configMode: 'rows',
    configRows: rowsFromMap(spec.flinkConfiguration),
    configYaml: '',
    plugins: spec.plugins.join('\n'),
    extraJars: spec.extraJars.join('\n'),
    checkpointDir: spec.checkpointDir ?? '',
    savepointDir: spec.savepointDir ?? '',
    log4j,
    otherLogFiles,
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
    logConfiguration: { ...values.otherLogFiles, ...(values.log4j.trim() ? { [LOG4J_FILE]: values.log4j } : {}) },
    labels: rowsToMap(values.labelRows, 'labels', errors),
    podTemplate: values.podTemplate,
  };
  return { input, errors };
}
