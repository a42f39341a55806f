// The session job form's values as people edit them, and the conversions both ways: values →
// the spec input the session job services take; a stored spec → values for the edit form. Pure.
import { configurationFromValues, configurationValuesFromMap, emptyConfiguration, linesOf, newRow, numberOrDefault, rowsFromMap, rowsToMap, type ConfigurationValues, type KeyValueRow } from '@/components/flink/spec-form-values';
import type { FieldErrors } from '@/lib/errors';
import type { SessionJobSpec, UpgradeMode } from '@/lib/validation/flink';

export interface SessionJobFormValues extends ConfigurationValues {
  name: string;
  jarURI: string;
  entryClass: string;
  /** One argument per line. */
  args: string;
  parallelism: string;
  upgradeMode: UpgradeMode;
  checkpointDir: string;
  savepointDir: string;
  initialSavepointPath: string;
  allowNonRestoredState: boolean;
  periodicSavepointInterval: string;
  labelRows: KeyValueRow[];
}

export const SESSION_JOB_FIELDS = [
  'name',
  'jarURI',
  'entryClass',
  'parallelism',
  'args',
  'upgradeMode',
  'checkpointDir',
  'savepointDir',
  'initialSavepointPath',
  'allowNonRestoredState',
  'periodicSavepointInterval',
  'flinkConfiguration',
  'labels',
] as const;
export type SessionJobField = (typeof SESSION_JOB_FIELDS)[number];

export const SESSION_JOB_FIELD_OF: Record<keyof SessionJobFormValues, SessionJobField> = {
  name: 'name',
  jarURI: 'jarURI',
  entryClass: 'entryClass',
  args: 'args',
  parallelism: 'parallelism',
  upgradeMode: 'upgradeMode',
  checkpointDir: 'checkpointDir',
  savepointDir: 'savepointDir',
  initialSavepointPath: 'initialSavepointPath',
  allowNonRestoredState: 'allowNonRestoredState',
  periodicSavepointInterval: 'periodicSavepointInterval',
  configMode: 'flinkConfiguration',
  configRows: 'flinkConfiguration',
  configYaml: 'flinkConfiguration',
  labelRows: 'labels',
};

export function emptySessionJobValues(): SessionJobFormValues {
  return {
    name: '',
    jarURI: '',
    entryClass: '',
    args: '',
    parallelism: '1',
    upgradeMode: 'stateless',
    checkpointDir: '',
    savepointDir: '',
    initialSavepointPath: '',
    allowNonRestoredState: false,
    periodicSavepointInterval: '',
    ...emptyConfiguration(),
    labelRows: [newRow()],
  };
}

export function sessionJobValuesFromSpec(spec: SessionJobSpec): SessionJobFormValues {
  return {
    name: spec.name,
    jarURI: spec.jarURI,
    entryClass: spec.entryClass ?? '',
    args: spec.args.join('\n'),
    parallelism: String(spec.parallelism),
    upgradeMode: spec.upgradeMode,
    checkpointDir: spec.checkpointDir ?? '',
    savepointDir: spec.savepointDir ?? '',
    initialSavepointPath: spec.initialSavepointPath ?? '',
    allowNonRestoredState: spec.allowNonRestoredState,
    periodicSavepointInterval: spec.periodicSavepointInterval ?? '',
    ...configurationValuesFromMap(spec.flinkConfiguration),
    labelRows: rowsFromMap(spec.labels),
  };
}

/** The spec input without `state`: a new job starts running, an edited one keeps its state. */
export function sessionJobInputFromValues(values: SessionJobFormValues): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const input = {
    name: values.name.trim(),
    jarURI: values.jarURI,
    entryClass: values.entryClass,
    args: linesOf(values.args),
    parallelism: numberOrDefault(values.parallelism),
    upgradeMode: values.upgradeMode,
    checkpointDir: values.checkpointDir,
    savepointDir: values.savepointDir,
    initialSavepointPath: values.initialSavepointPath,
    allowNonRestoredState: values.allowNonRestoredState,
    periodicSavepointInterval: values.periodicSavepointInterval,
    flinkConfiguration: configurationFromValues(values, errors),
    labels: rowsToMap(values.labelRows, 'labels', errors),
  };
  return { input, errors };
}
