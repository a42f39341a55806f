// The session job form's values: the job part applications share (components/flink/job-form-values)
// with the common part every spec form has (name, state directories, configuration, labels). The
// conversions both ways: values → the spec input the session job services take; a stored spec →
// values for the edit form. Pure.
import { COMMON_FIELD_OF, commonInputFromValues, commonValuesFromSpec, emptyCommonValues, type CommonFormValues } from '@/components/flink/common-form-values';
import { JOB_FIELD_OF, JOB_STATE_FIELDS, emptyJobValues, jobInputFromValues, jobValuesFromSpec, type JobFormValues } from '@/components/flink/job-form-values';
import type { FieldErrors } from '@/lib/errors';
import type { SessionJobSpec } from '@/lib/validation/flink';

export interface SessionJobFormValues extends CommonFormValues, JobFormValues {}

export const SESSION_JOB_FIELDS = ['name', 'jarURI', 'entryClass', 'parallelism', 'args', ...JOB_STATE_FIELDS, 'flinkConfiguration', 'labels'] as const;
export type SessionJobField = (typeof SESSION_JOB_FIELDS)[number];

export const SESSION_JOB_FIELD_OF: Record<keyof SessionJobFormValues, SessionJobField> = { ...COMMON_FIELD_OF, ...JOB_FIELD_OF };

export function emptySessionJobValues(): SessionJobFormValues {
  return { ...emptyCommonValues(), ...emptyJobValues() };
}

export function sessionJobValuesFromSpec(spec: SessionJobSpec): SessionJobFormValues {
  return { ...commonValuesFromSpec(spec), ...jobValuesFromSpec(spec) };
}

/** The spec input without `state`: a new job starts running, an edited one keeps its state. */
export function sessionJobInputFromValues(values: SessionJobFormValues): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  return { input: { ...commonInputFromValues(values, errors), ...jobInputFromValues(values) }, errors };
}
