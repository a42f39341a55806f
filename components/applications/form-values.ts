// The application form's values: a Flink cluster part and a job part (components/flink's
// cluster-form-values and job-form-values, which sessions and session jobs share), and the
// conversions both ways: values → the spec input the services take, a stored spec → values for
// the edit form. Pure.
import { clusterInputFromValues, clusterValuesFromSpec, emptyClusterValues, type ClusterFormValues } from '@/components/flink/cluster-form-values';
import { emptyJobValues, jobInputFromValues, jobValuesFromSpec, type JobFormValues } from '@/components/flink/job-form-values';
import type { FieldErrors } from '@/lib/errors';
import type { ApplicationSpec } from '@/lib/validation/flink';

export interface ApplicationFormValues extends ClusterFormValues, JobFormValues {}

export function emptyFormValues(flinkVersion: string): ApplicationFormValues {
  return { ...emptyClusterValues(flinkVersion), ...emptyJobValues() };
}

/** The edit form starts from the stored spec (defaults already filled in by the service). */
export function formValuesFromSpec(spec: ApplicationSpec): ApplicationFormValues {
  return { ...clusterValuesFromSpec(spec), ...jobValuesFromSpec(spec) };
}

/** The spec input (what the API takes as JSON) and the form-only problems found on the way. */
export function specInputFromValues(values: ApplicationFormValues): { input: Record<string, unknown>; errors: FieldErrors } {
  const errors: FieldErrors = {};
  return { input: { ...clusterInputFromValues(values, errors), ...jobInputFromValues(values) }, errors };
}
