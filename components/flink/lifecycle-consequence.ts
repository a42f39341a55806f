// What suspending or restarting a job (application, session job) does to its state under its
// upgrade mode, said before the person confirms: the warning when state is thrown away, else
// where it continues from. Pure.
import { stateDiscardWarning, type StatefulJobSpec } from '@/lib/k8s/flink/diff';

/**
 * `suspended` words a suspend, given where the job continues from ("from its latest checkpoint"):
 * what stops differs between an application (its cluster goes) and a session job (its slots).
 */
export function lifecycleConsequence(spec: StatefulJobSpec, action: 'suspend' | 'restart', suspended: (keeps: string) => string): string {
  const running = { ...spec, state: 'running' as const };
  const warning = action === 'suspend' ? stateDiscardWarning(running, { ...running, state: 'suspended' }) : stateDiscardWarning(running, running, { restart: true });
  if (warning) return warning;
  const keeps = spec.upgradeMode === 'savepoint' ? 'from a savepoint taken as it stops' : 'from its latest checkpoint';
  return action === 'suspend' ? suspended(keeps) : `The job restarts with the same spec and continues ${keeps}.`;
}
