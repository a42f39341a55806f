// What every Flink spec form (application, session, session job) has besides its own part: a
// name, where state goes, Flink configuration and labels. Their values, the field each feeds, and
// the conversions both ways; the cluster and job parts build on it. Pure.
import type { FieldErrors } from '@/lib/errors';
import type { ApplicationSpec } from '@/lib/validation/flink';
import { configurationFromValues, configurationValuesFromMap, emptyConfiguration, newRow, rowsFromMap, rowsToMap, type ConfigurationValues, type KeyValueRow } from './spec-form-values';

export interface CommonFormValues extends ConfigurationValues {
  name: string;
  checkpointDir: string;
  savepointDir: string;
  labelRows: KeyValueRow[];
}

/** The field each common value feeds (rows and modes belong to their map's field). */
export const COMMON_FIELD_OF = {
  name: 'name',
  checkpointDir: 'checkpointDir',
  savepointDir: 'savepointDir',
  configMode: 'flinkConfiguration',
  configRows: 'flinkConfiguration',
  configYaml: 'flinkConfiguration',
  labelRows: 'labels',
} as const satisfies Record<keyof CommonFormValues, string>;

type CommonSpec = Pick<ApplicationSpec, 'name' | 'checkpointDir' | 'savepointDir' | 'flinkConfiguration' | 'labels'>;

export function emptyCommonValues(): CommonFormValues {
  return { name: '', checkpointDir: '', savepointDir: '', ...emptyConfiguration(), labelRows: [newRow()] };
}

export function commonValuesFromSpec(spec: CommonSpec): CommonFormValues {
  return {
    name: spec.name,
    checkpointDir: spec.checkpointDir ?? '',
    savepointDir: spec.savepointDir ?? '',
    ...configurationValuesFromMap(spec.flinkConfiguration),
    labelRows: rowsFromMap(spec.labels),
  };
}

/** The common part of the spec input; problems of the rows and YAML go to `errors`. */
export function commonInputFromValues(values: CommonFormValues, errors: FieldErrors) {
  return {
    name: values.name.trim(),
    checkpointDir: values.checkpointDir,
    savepointDir: values.savepointDir,
    flinkConfiguration: configurationFromValues(values, errors),
    labels: rowsToMap(values.labelRows, 'labels', errors),
  };
}
