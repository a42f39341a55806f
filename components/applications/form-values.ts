// The application form's values as people edit them (text fields, rows, YAML), and the
// conversions both ways: values → the spec input the services take, a stored spec → values for
// the edit form. The row, YAML and default helpers are every spec form's
// (components/flink/spec-form-values). Pure.
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
import { DEFAULT_JOB_MANAGER, DEFAULT_TASK_MANAGER, type ApplicationSpec, type UpgradeMode } from '@/lib/validation/flink';

export interface ApplicationFormValues extends ConfigurationValues, PodValues, LogValues {
  name: string;
  flinkVersion: string;
  image: string;
  imagePullPolicy: string;
  jarURI: string;
  entryClass: string;
  /** One argument per line. */
  args: string;
  parallelism: string;
  checkpointDir: string;
  savepointDir: string;
  upgradeMode: UpgradeMode;
  initialSavepointPath: string;
  allowNonRestoredState: boolean;
  periodicSavepointInterval: string;
  labelRows: KeyValueRow[];
  podTemplate: string;
}

export function emptyFormValues(flinkVersion: string): ApplicationFormValues {
  return {
    name: '',
    flinkVersion,
    image: '',
    imagePullPolicy: '',
    jarURI: '',
    entryClass: '',
    args: '',
    parallelism: '1',
    ...podValuesFromSpec({ jobManager: DEFAULT_JOB_MANAGER, taskManager: DEFAULT_TASK_MANAGER }),
    ...emptyConfiguration(),
    checkpointDir: '',
    savepointDir: '',
    upgradeMode: 'stateless',
    initialSavepointPath: '',
    allowNonRestoredState: false,
    periodicSavepointInterval: '',
    log4j: '',
    otherLogFiles: {},
    labelRows: [newRow()],
    podTemplate: '',
  };
}

/** The edit form starts from the stored spec (defaults already filled in by the service). */
export function formValuesFromSpec(spec: ApplicationSpec): ApplicationFormValues {
  return {
    name: spec.name,
    flinkVersion: spec.flinkVersion ?? '',
    image: spec.image,
    imagePullPolicy: spec.imagePullPolicy ?? '',
    jarURI: spec.jarURI,
    entryClass: spec.entryClass ?? '',
    args: (spec.args ?? []).join('\n'),
    parallelism: String(spec.parallelism),
    ...podValuesFromSpec(spec),
    ...configurationValuesFromMap(spec.flinkConfiguration),
    checkpointDir: spec.checkpointDir ?? '',
    savepointDir: spec.savepointDir ?? '',
    upgradeMode: spec.upgradeMode,
    initialSavepointPath: spec.initialSavepointPath ?? '',
    allowNonRestoredState: spec.allowNonRestoredState,
    periodicSavepointInterval: spec.periodicSavepointInterval ?? '',
    ...logValuesFromMap(spec.logConfiguration),
    labelRows: rowsFromMap(spec.labels),
    podTemplate: spec.podTemplate ? stringify(spec.podTemplate) : '',
  };
}

/** The spec input (what the API takes as JSON) and the form-only problems found on the way. */
export function specInputFromValues(values: ApplicationFormValues): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const flinkConfiguration = configurationFromValues(values, errors);
  const input = {
    name: values.name.trim(),
    flinkVersion: values.flinkVersion || undefined,
    image: values.image,
    imagePullPolicy: values.imagePullPolicy || undefined,
    jarURI: values.jarURI,
    entryClass: values.entryClass,
    args: linesOf(values.args),
    parallelism: numberOrDefault(values.parallelism),
    jobManager: { cpu: numberOrDefault(values.jobManagerCpu), memory: textOrDefault(values.jobManagerMemory) },
    taskManager: { cpu: numberOrDefault(values.taskManagerCpu), memory: textOrDefault(values.taskManagerMemory), slots: numberOrDefault(values.taskManagerSlots) },
    flinkConfiguration,
    checkpointDir: values.checkpointDir,
    savepointDir: values.savepointDir,
    upgradeMode: values.upgradeMode,
    initialSavepointPath: values.initialSavepointPath,
    allowNonRestoredState: values.allowNonRestoredState,
    periodicSavepointInterval: values.periodicSavepointInterval,
    logConfiguration: logConfigurationFromValues(values),
    labels: rowsToMap(values.labelRows, 'labels', errors),
    podTemplate: values.podTemplate,
  };
  return { input, errors };
}
