// The application form's fields: the paths checkApplication and the services report
// (`taskManager.memory`, `flinkConfiguration`…), in the order they appear, and the form value
// behind each. Grouping errors and control ids are components/flink/spec-form-errors'. Pure.
import { CLUSTER_ADVANCED_FIELDS, CLUSTER_FIELD_OF, IMAGE_FIELDS, POD_FIELDS } from '@/components/flink/cluster-form-values';
import { JOB_FIELD_OF, JOB_STATE_FIELDS } from '@/components/flink/job-form-values';
import type { ApplicationFormValues } from './form-values';

export const FORM_FIELDS = [
  'name',
  'flinkVersion',
  ...IMAGE_FIELDS,
  'jarURI',
  'entryClass',
  'args',
  'parallelism',
  ...POD_FIELDS,
  ...JOB_STATE_FIELDS,
  ...CLUSTER_ADVANCED_FIELDS,
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The field each form value feeds (rows, modes and kept files belong to their map's field). */
export const FIELD_OF_VALUE: Record<keyof ApplicationFormValues, FormField> = { ...CLUSTER_FIELD_OF, ...JOB_FIELD_OF };
