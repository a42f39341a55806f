// What the session and session job forms share in how people edit a spec: Flink configuration
// as rows or raw YAML, key/value rows for maps, one entry per line for lists, and empty text as
// "the default". Builds on the application form's row helpers. Pure.
import { newRow, rowsToMap, type KeyValueRow } from '@/components/applications/form-values';
import type { FieldErrors } from '@/lib/errors';
import { parseFlinkConfigurationYaml } from '@/lib/validation/flink';

export interface ConfigurationValues {
  configMode: 'rows' | 'yaml';
  configRows: KeyValueRow[];
  configYaml: string;
}

/** A stored map as rows; one empty row when there is nothing, so there is a place to type. */
export function rowsFromMap(map: Record<string, string> | undefined): KeyValueRow[] {
  const entries = Object.entries(map ?? {});
  return entries.length > 0 ? entries.map(([k, v]) => newRow(k, v)) : [newRow()];
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
