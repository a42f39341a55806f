// What every Flink spec form (application, session, session job) shares in how people edit a
// spec: key/value rows for maps, Flink configuration as rows or raw YAML, one entry per line for
// lists, and empty text as "the default". Problems that exist only in these shapes (a row
// without a key, a key twice, YAML that does not parse) come back as field errors at the paths
// the services use. Pure.
import { stringify } from 'yaml';
import type { FieldErrors } from '@/lib/errors';
import { parseFlinkConfigurationYaml } from '@/lib/validation/flink';

export interface KeyValueRow {
  id: number;
  key: string;
  value: string;
}

/** The log4j file the forms edit as text; other log files are kept as they are. */
export const LOG4J_FILE = 'log4j-console.properties';

let nextRowId = 1;
export function newRow(key = '', value = ''): KeyValueRow {
  return { id: nextRowId++, key, value };
}

/** A stored map as rows; one empty row when there is nothing, so there is a place to type. */
export function rowsFromMap(map: Record<string, string> | undefined): KeyValueRow[] {
  const entries = Object.entries(map ?? {});
  return entries.length > 0 ? entries.map(([k, v]) => newRow(k, v)) : [newRow()];
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
  return parsed.ok ? { ok: true, rows: rowsFromMap(parsed.value) } : parsed;
}

export interface ConfigurationValues {
  configMode: 'rows' | 'yaml';
  configRows: KeyValueRow[];
  configYaml: string;
}

export function emptyConfiguration(): ConfigurationValues {
  return { configMode: 'rows', configRows: [newRow()], configYaml: '' };
}

/** The configuration map from rows or YAML; problems go to `flinkConfiguration`. */
export function configurationFromValues(values: ConfigurationValues, errors: FieldErrors): Record<string, string> {
  if (values.configMode === 'rows') return rowsToMap(values.configRows, 'flinkConfiguration', errors);
  const parsed = parseFlinkConfigurationYaml(values.configYaml);
  if (parsed.ok) return parsed.value;
  errors.flinkConfiguration = [parsed.message];
  return {};
}

/** One entry per line; blank lines skipped. */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

// An empty number field means "the default"; anything else goes to the schema to judge
// (Number('2x') is NaN, which it reports as not a number).
export const numberOrDefault = (text: string) => (text.trim() === '' ? undefined : Number(text.trim()));
export const textOrDefault = (text: string) => (text.trim() === '' ? undefined : text.trim());

/** The configuration rows of a stored map (the edit form starts in rows mode). */
export function configurationValuesFromMap(map: Record<string, string> | undefined): ConfigurationValues {
  return { configMode: 'rows', configRows: rowsFromMap(map), configYaml: '' };
}

/** The log4j file as text; the other log files are kept as they are. */
export interface LogValues {
  log4j: string;
  otherLogFiles: Record<string, string>;
}

export function logValuesFromMap(logConfiguration: Record<string, string> | undefined): LogValues {
  const { [LOG4J_FILE]: log4j = '', ...otherLogFiles } = logConfiguration ?? {};
  return { log4j, otherLogFiles };
}

export function logConfigurationFromValues(values: LogValues): Record<string, string> {
  return { ...values.otherLogFiles, ...(values.log4j.trim() ? { [LOG4J_FILE]: values.log4j } : {}) };
}

/** The JobManager's and TaskManager's resources as typed. */
export interface PodValues {
  jobManagerCpu: string;
  jobManagerMemory: string;
  taskManagerCpu: string;
  taskManagerMemory: string;
  taskManagerSlots: string;
}

type PodSpec = { cpu: number; memory: string };

export function podValuesFromSpec(spec: { jobManager: PodSpec; taskManager: PodSpec & { slots: number } }): PodValues {
  return {
    jobManagerCpu: String(spec.jobManager.cpu),
    jobManagerMemory: spec.jobManager.memory,
    taskManagerCpu: String(spec.taskManager.cpu),
    taskManagerMemory: spec.taskManager.memory,
    taskManagerSlots: String(spec.taskManager.slots),
  };
}
