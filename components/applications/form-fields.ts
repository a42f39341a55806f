// The application form's fields: the paths checkApplication and the services report
// (`taskManager.memory`, `flinkConfiguration`…), in the order they appear, and the form value
// behind each. Grouping errors and control ids are components/flink/spec-form-errors'. Pure.
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
