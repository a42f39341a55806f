// What an upgrade changes, for the console's diff, and whether it throws state away, for its
// warning. Works on the domain specs (ApplicationSpec, SessionJobSpec) or on built manifests.
// Pure.
import type { JobState, UpgradeMode } from '@/lib/validation/flink';

export interface SpecChange {
  /** `taskManager.memory`, `flinkConfiguration["state.checkpoints.dir"]`, `args`… */
  path: string;
  /** Undefined (and absent once serialized) for a field that was added. */
  before?: unknown;
  /** Undefined (and absent once serialized) for a field that was removed. */
  after?: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function join(path: string, key: string): string {
  if (/^[A-Za-z_$][\w$]*$/.test(key)) return path ? `${path}.${key}` : key;
  return `${path}[${JSON.stringify(key)}]`;
}

export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => deepEqual(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => deepEqual(a[k], b[k]));
  }
  return false;
}

/** Changed leaves, objects descended into, arrays compared whole; a missing field equals undefined. */
export function diffSpecs(before: unknown, after: unknown, path = ''): SpecChange[] {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) => diffSpecs(before[key], after[key], join(path, key)));
  }
  return deepEqual(before, after) ? [] : [{ path: path || '(spec)', before, after }];
}

export interface StatefulJobSpec {
  upgradeMode: UpgradeMode;
  state: JobState;
  allowNonRestoredState?: boolean;
  [field: string]: unknown;
}

// Changes the operator does not redeploy the job for: metadata, its own settings, and fields it
// reads only on the next deployment.
const IGNORED = [/^name$/, /^labels\b/, /^upgradeMode$/, /^initialSavepointPath$/, /^allowNonRestoredState$/, /^periodicSavepointInterval$/];
const IGNORED_CONFIG = ['kubernetes.operator.', 'job.autoscaler.', 'parallelism.default'];

function redeploys(changes: SpecChange[]): boolean {
  return changes.some((c) => {
    if (IGNORED.some((re) => re.test(c.path))) return false;
    const key = /^flinkConfiguration\["(.+)"\]$/.exec(c.path)?.[1];
    return !(key && IGNORED_CONFIG.some((p) => key.startsWith(p)));
  });
}

/**
 * The warning to show before applying `after` over `before` (or restarting), or null when the
 * job keeps its state. The operator upgrades with the new spec's upgrade mode.
 */
export function stateDiscardWarning(before: StatefulJobSpec, after: StatefulJobSpec, opts: { restart?: boolean } = {}): string | null {
  const stateless = after.upgradeMode === 'stateless';
  if (before.state === 'running' && after.state === 'suspended') {
    return stateless ? 'A stateless job is cancelled without a savepoint: when resumed, it starts with empty state.' : null;
  }
  if (before.state === 'suspended' && after.state === 'running') {
    return stateless ? 'The job resumes in stateless mode: it starts with empty state.' : null;
  }
  if (after.state === 'suspended') return null;
  if (!opts.restart && !redeploys(diffSpecs(before, after))) return null;
  if (stateless) return 'The stateless upgrade mode restarts the job with empty state: its current state is lost.';
  if (after.allowNonRestoredState) return 'State that maps to no operator of the new job is dropped (allow non-restored state).';
  return null;
}

export function discardsState(before: StatefulJobSpec, after: StatefulJobSpec, opts: { restart?: boolean } = {}): boolean {
  return stateDiscardWarning(before, after, opts) !== null;
}
