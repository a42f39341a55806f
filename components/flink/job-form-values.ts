// The job part of a spec form, which applications and session jobs share: the jar, how it starts
// (entry class, arguments, parallelism) and how its state survives (upgrade mode, a savepoint to
// start from, periodic savepoints). Its values, the field each feeds, and the conversions both
// ways; the name, state directories, configuration and labels are the common part's. Pure.
import type { ApplicationSpec, UpgradeMode } from '@/lib/validation/flink';
import { linesOf, numberOrDefault } from './spec-form-values';

export interface JobFormValues {
  jarURI: string;
  entryClass: string;
  /** One argument per line. */
  args: string;
  parallelism: string;
  upgradeMode: UpgradeMode;
  initialSavepointPath: string;
  allowNonRestoredState: boolean;
  periodicSavepointInterval: string;
}

/** The fields of the job's state, as its "State and savepoints" section shows them. */
export const JOB_STATE_FIELDS = ['upgradeMode', 'checkpointDir', 'savepointDir', 'initialSavepointPath', 'allowNonRestoredState', 'periodicSavepointInterval'] as const;

export const JOB_FIELD_OF = {
  jarURI: 'jarURI',
  entryClass: 'entryClass',
  args: 'args',
  parallelism: 'parallelism',
  upgradeMode: 'upgradeMode',
  initialSavepointPath: 'initialSavepointPath',
  allowNonRestoredState: 'allowNonRestoredState',
  periodicSavepointInterval: 'periodicSavepointInterval',
} as const satisfies Record<keyof JobFormValues, string>;

type JobSpec = Pick<ApplicationSpec, 'jarURI' | 'entryClass' | 'args' | 'parallelism' | 'upgradeMode' | 'initialSavepointPath' | 'allowNonRestoredState' | 'periodicSavepointInterval'>;

/** A new job: parallelism 1, stateless, everything else empty. */
export function emptyJobValues(): JobFormValues {
  return {
    jarURI: '',
    entryClass: '',
    args: '',
    parallelism: '1',
    upgradeMode: 'stateless',
    initialSavepointPath: '',
    allowNonRestoredState: false,
    periodicSavepointInterval: '',
  };
}

export function jobValuesFromSpec(spec: JobSpec): JobFormValues {
  return {
    jarURI: spec.jarURI,
    entryClass: spec.entryClass ?? '',
    args: (spec.args ?? []).join('\n'),
    parallelism: String(spec.parallelism),
    upgradeMode: spec.upgradeMode,
    initialSavepointPath: spec.initialSavepointPath ?? '',
    allowNonRestoredState: spec.allowNonRestoredState,
    periodicSavepointInterval: spec.periodicSavepointInterval ?? '',
  };
}

/** The job part of the spec input (without `state`: a new job starts running, an edited one keeps its state). */
export function jobInputFromValues(values: JobFormValues) {
  return {
    jarURI: values.jarURI,
    entryClass: values.entryClass,
    args: linesOf(values.args),
    parallelism: numberOrDefault(values.parallelism),
    upgradeMode: values.upgradeMode,
    initialSavepointPath: values.initialSavepointPath,
    allowNonRestoredState: values.allowNonRestoredState,
    periodicSavepointInterval: values.periodicSavepointInterval,
  };
}
