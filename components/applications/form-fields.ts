// Where the application form shows each error: the field paths checkApplication and the
// services report (`taskManager.memory`, `flinkConfiguration`…), the form value behind each, the
// id of the control to describe and focus, and what is left over for the form-level alert. Pure.
import type { FieldErrors } from '@/lib/errors';
import type { ApplicationFormValues } from './form-values';

export const FORM_FIELDS = [
  'name',
  'flinkVersion',
  'image',
  'imagePullPolicy',
  'jarURI',
  'entryClass',
  'args',
  'parallelism',
  'jobManager.cpu',
  'jobManager.memory',
  'taskManager.cpu',
  'taskManager.memory',
  'taskManager.slots',
  'upgradeMode',
  'checkpointDir',
  'savepointDir',
  'initialSavepointPath',
  'allowNonRestoredState',
  'periodicSavepointInterval',
  'flinkConfiguration',
  'logConfiguration',
  'labels',
  'podTemplate',
] as const;
export type FormField = (typeof FORM_FIELDS)[number];

/** The field each form value feeds (rows, modes and kept files belong to their map's field). */
export const FIELD_OF_VALUE: Record<keyof ApplicationFormValues, FormField> = {
  name: 'name',
  flinkVersion: 'flinkVersion',
  image: 'image',
  imagePullPolicy: 'imagePullPolicy',
  jarURI: 'jarURI',
  entryClass: 'entryClass',
  args: 'args',
  parallelism: 'parallelism',
  jobManagerCpu: 'jobManager.cpu',
  jobManagerMemory: 'jobManager.memory',
  taskManagerCpu: 'taskManager.cpu',
  taskManagerMemory: 'taskManager.memory',
  taskManagerSlots: 'taskManager.slots',
  configMode: 'flinkConfiguration',
  configRows: 'flinkConfiguration',
  configYaml: 'flinkConfiguration',
  checkpointDir: 'checkpointDir',
  savepointDir: 'savepointDir',
  upgradeMode: 'upgradeMode',
  initialSavepointPath: 'initialSavepointPath',
  allowNonRestoredState: 'allowNonRestoredState',
  periodicSavepointInterval: 'periodicSavepointInterval',
  log4j: 'logConfiguration',
  otherLogFiles: 'logConfiguration',
  labelRows: 'labels',
  podTemplate: 'podTemplate',
};

/** The id of the control that shows a field (and takes focus when it is wrong). */
export function fieldId(field: FormField): string {
  return `application-${field.replace('.', '-')}`;
}

/** The form field an error path belongs to: itself, or the field it is inside (`args.0`, `labels.team`). */
export function fieldOfPath(path: string): FormField | null {
  for (const field of FORM_FIELDS) {
    if (path === field || path.startsWith(`${field}.`) || path.startsWith(`${field}[`)) return field;
  }
  return null;
}

export interface GroupedErrors {
  byField: Partial<Record<FormField, string[]>>;
  /** Errors no field shows (e.g. an unknown key), so none is ever lost. */
  other: string[];
}

export function groupErrors(errors: FieldErrors): GroupedErrors {
  const byField: Partial<Record<FormField, string[]>> = {};
  const other: string[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    const field = fieldOfPath(path);
    if (field) (byField[field] ??= []).push(...messages);
    else other.push(...messages.map((m) => (path === '_' ? m : `${path}: ${m}`)));
  }
  return { byField, other };
}

export function mergeErrors(...all: FieldErrors[]): FieldErrors {
  const out: FieldErrors = {};
  for (const errors of all) for (const [path, messages] of Object.entries(errors)) (out[path] ??= []).push(...messages);
  return out;
}
