// The application form's values as people edit them (text fields, rows, YAML), and the
// conversions both ways: values → the spec input the services take, a stored spec → values for
// the edit form. Problems that only exist in the form's own shapes (a row without a key, a key
// twice, YAML that does not parse) come back as field errors at the same paths the services use.
// Pure.
import { stringify } from 'yaml';
import type { FieldErrors } from '@/lib/errors';
import { DEFAULT_JOB_MANAGER, DEFAULT_TASK_MANAGER, parseFlinkConfigurationYaml, type ApplicationSpec, type UpgradeMode } from '@/lib/validation/flink';

export interface KeyValueRow {
  id: number;
  key: string;
  value: string;
}

export const LOG4J_FILE = 'log4j-console.properties';

export interface ApplicationFormValues {
  name: string;
  flinkVersion: string;
  image: string;
  imagePullPolicy: string;
  jarURI: string;
  entryClass: string;
  /** One argument per line. */
  args: string;
  parallelism: string;
  jobManagerCpu: string;
  jobManagerMemory: string;
  taskManagerCpu: string;
  taskManagerMemory: string;
  taskManagerSlots: string;
  configMode: 'rows' | 'yaml';
  configRows: KeyValueRow[];
  configYaml: string;
  checkpointDir: string;
  savepointDir: string;
  upgradeMode: UpgradeMode;
  initialSavepointPath: string;
  allowNonRestoredState: boolean;
  periodicSavepointInterval: string;
  log4j: string;
  /** Log files the form has no field for (logback-console.xml): kept as they are. */
  otherLogFiles: Record<string, string>;
  labelRows: KeyValueRow[];
  podTemplate: string;
}

let nextRowId = 1;
export function newRow(key = '', value = ''): KeyValueRow {
  return { id: nextRowId++, key, value };
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
    jobManagerCpu: String(DEFAULT_JOB_MANAGER.cpu),
    jobManagerMemory: DEFAULT_JOB_MANAGER.memory,
    taskManagerCpu: String(DEFAULT_TASK_MANAGER.cpu),
    taskManagerMemory: DEFAULT_TASK_MANAGER.memory,
    taskManagerSlots: String(DEFAULT_TASK_MANAGER.slots),
    configMode: 'rows',
    configRows: [newRow()],
    configYaml: '',
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

const rowsOf = (map: Record<string, string>) => (Object.keys(map).length > 0 ? Object.entries(map).map(([k, v]) => newRow(k, v)) : [newRow()]);

/** The edit form starts from the stored spec (defaults already filled in by the service). */
export function formValuesFromSpec(spec: ApplicationSpec): ApplicationFormValues {
  const { [LOG4J_FILE]: log4j = '', ...otherLogFiles } = spec.logConfiguration ?? {};
  return {
    name: spec.name,
    flinkVersion: spec.flinkVersion ?? '',
    image: spec.image,
    imagePullPolicy: spec.imagePullPolicy ?? '',
    jarURI: spec.jarURI,
    entryClass: spec.entryClass ?? '',
    args: (spec.args ?? []).join('\n'),
    parallelism: String(spec.parallelism),
    jobManagerCpu: String(spec.jobManager.cpu),
    jobManagerMemory: spec.jobManager.memory,
    taskManagerCpu: String(spec.taskManager.cpu),
    taskManagerMemory: spec.taskManager.memory,
    taskManagerSlots: String(spec.taskManager.slots),
    configMode: 'rows',
    configRows: rowsOf(spec.flinkConfiguration ?? {}),
    configYaml: '',
    checkpointDir: spec.checkpointDir ?? '',
    savepointDir: spec.savepointDir ?? '',
    upgradeMode: spec.upgradeMode,
    initialSavepointPath: spec.initialSavepointPath ?? '',
    allowNonRestoredState: spec.allowNonRestoredState,
    periodicSavepointInterval: spec.periodicSavepointInterval ?? '',
    log4j,
    otherLogFiles,
    labelRows: rowsOf(spec.labels ?? {}),
    podTemplate: spec.podTemplate ? stringify(spec.podTemplate) : '',
  };
}

/** Rows → a map; blank rows are skipped, a value without a key or a key twice is an error. */
export function rowsToMap(rows: KeyValueRow[], field: string, errors: FieldErrors): Record<string, string> {
  const out: Record<string, string> = {};
  for (const row of rows) {
    const key = row.key.trim();
    if (key === '' && row.value.trim() === '') continue;
    if (key === '') (errors[field] ??= []).push(`A value (${row.value.trim()}) has no key.`);
    else if (key in out) (errors[field] ??= []).push(`${key} is set twice.`);
    else out[key] = row.value.trim();
  }
  return out;
}

/** The configuration rows as the raw YAML mode shows them. */
export function rowsToYaml(rows: KeyValueRow[]): string {
  const map = rowsToMap(rows, 'flinkConfiguration', {});
  return Object.keys(map).length > 0 ? stringify(map) : '';
}

/** The raw YAML back as rows, or the reason it cannot be. */
export function yamlToRows(text: string): { ok: true; rows: KeyValueRow[] } | { ok: false; message: string } {
  const parsed = parseFlinkConfigurationYaml(text);
  return parsed.ok ? { ok: true, rows: rowsOf(parsed.value) } : parsed;
}

// An empty number field means "the default"; anything else is passed on for the schema to judge
// (Number('2x') is NaN, which it reports as not a number).
const numberOrDefault = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
const textOrDefault = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The spec input (what the API takes as JSON) and the form-only problems found on the way. */
export function specInputFromValues(values: ApplicationFormValues): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  let flinkConfiguration: Record<string, string> = {};
  if (values.configMode === 'yaml') {
    const parsed = parseFlinkConfigurationYaml(values.configYaml);
    if (parsed.ok) flinkConfiguration = parsed.value;
    else errors.flinkConfiguration = [parsed.message];
  } else {
    flinkConfiguration = rowsToMap(values.configRows, 'flinkConfiguration', errors);
  }
  const input = {
    name: values.name.trim(),
    flinkVersion: values.flinkVersion || undefined,
    image: values.image,
    imagePullPolicy: values.imagePullPolicy || undefined,
    jarURI: values.jarURI,
    entryClass: values.entryClass,
    args: values.args
      .split('\n')
      .map((a) => a.trim())
      .filter((a) => a !== ''),
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
    logConfiguration: { ...values.otherLogFiles, ...(values.log4j.trim() ? { [LOG4J_FILE]: values.log4j } : {}) },
    labels: rowsToMap(values.labelRows, 'labels', errors),
    podTemplate: values.podTemplate,
  };
  return { input, errors };
}
