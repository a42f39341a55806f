// The Flink configuration keys behind Flotilla's form fields, and the flinkConfiguration a spec
// becomes: the user's own keys plus the slots, state directories and periodic savepoint interval
// written under the keys the target Flink version reads. The validator checks this same map, so
// what it judges is exactly what will be applied. Pure and client-safe.

export const SLOTS_KEY = 'taskmanager.numberOfTaskSlots';
export const PERIODIC_SAVEPOINT_INTERVAL_KEY = 'kubernetes.operator.periodic.savepoint.interval';

// Flink 1.20 renamed the state directories (state.checkpoints.dir → execution.checkpointing.dir);
// 1.20 and 2.x still read the old names as deprecated aliases, older versions only the old ones.
// The operator (built on Flink 1.20) accepts any of them.
export const CHECKPOINT_DIR_KEYS = ['execution.checkpointing.dir', 'state.checkpoints.dir', 'state.backend.fs.checkpointdir'];
export const SAVEPOINT_DIR_KEYS = ['execution.checkpointing.savepoint-dir', 'state.savepoints.dir', 'savepoints.state.backend.fs.dir'];

/** "v1_20" → [1, 20]; null when it is not a FlinkVersion name. */
export function parseFlinkVersion(version: string | undefined): [number, number] | null {
  const match = /^v(\d+)_(\d+)$/.exec(version ?? '');
  return match ? [Number(match[1]), Number(match[2])] : null;
}

export function isFlinkVersionAtLeast(version: string | undefined, major: number, minor: number): boolean {
  const parsed = parseFlinkVersion(version);
  return parsed !== null && (parsed[0] > major || (parsed[0] === major && parsed[1] >= minor));
}

/** The keys to write the state directories under; unknown versions get the current names. */
export function stateDirectoryKeys(flinkVersion: string | undefined): { checkpointDir: string; savepointDir: string } {
  const modern = parseFlinkVersion(flinkVersion) === null || isFlinkVersionAtLeast(flinkVersion, 1, 20);
  return modern
    ? { checkpointDir: CHECKPOINT_DIR_KEYS[0]!, savepointDir: SAVEPOINT_DIR_KEYS[0]! }
    : { checkpointDir: CHECKPOINT_DIR_KEYS[1]!, savepointDir: SAVEPOINT_DIR_KEYS[1]! };
}

/** The first non-blank value among a key and its aliases, as Flink's Configuration resolves it. */
export function configValue(config: Record<string, string>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = config[key];
    if (value !== undefined && value.trim() !== '') return value;
  }
  return undefined;
}

export interface ConfigurableSpec {
  flinkConfiguration: Record<string, string>;
  checkpointDir?: string;
  savepointDir?: string;
  periodicSavepointInterval?: string;
  taskManager?: { slots?: number };
}

/** Form fields whose value lands in flinkConfiguration, with every key that means the same. */
export function dedicatedFields(spec: ConfigurableSpec): { field: string; value: string | undefined; keys: string[] }[] {
  return [
    { field: 'taskManager.slots', value: spec.taskManager?.slots?.toString(), keys: [SLOTS_KEY] },
    { field: 'checkpointDir', value: spec.checkpointDir, keys: CHECKPOINT_DIR_KEYS },
    { field: 'savepointDir', value: spec.savepointDir, keys: SAVEPOINT_DIR_KEYS },
    { field: 'periodicSavepointInterval', value: spec.periodicSavepointInterval, keys: [PERIODIC_SAVEPOINT_INTERVAL_KEY] },
  ];
}

/** The flinkConfiguration to apply: the user's keys, then the form fields under their keys. */
export function buildFlinkConfiguration(spec: ConfigurableSpec, flinkVersion: string | undefined): Record<string, string> {
  const keys = stateDirectoryKeys(flinkVersion);
  const out: Record<string, string> = { ...spec.flinkConfiguration };
  if (spec.taskManager?.slots !== undefined) out[SLOTS_KEY] = String(spec.taskManager.slots);
  if (spec.checkpointDir) out[keys.checkpointDir] = spec.checkpointDir;
  if (spec.savepointDir) out[keys.savepointDir] = spec.savepointDir;
  if (spec.periodicSavepointInterval) out[PERIODIC_SAVEPOINT_INTERVAL_KEY] = spec.periodicSavepointInterval;
  return sortKeys(out);
}

// Sorted keys make the generated manifest (and its diff between revisions) stable to read.
function sortKeys(map: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
