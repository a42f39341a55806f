// Which lifecycle actions the current state allows, and why not: the services refuse with these
// reasons (409) and the console disables its buttons with the same words. Pure and client-safe.
import { buildFlinkConfiguration, configValue, SAVEPOINT_DIR_KEYS } from '@/lib/k8s/flink/flink-configuration';

export interface ActionSubject {
  desiredState: 'running' | 'suspended';
  /** Flotilla's summary of what the cluster reports (FlinkState). */
  state: string;
  deletionRequestedAt: Date | string | null;
  /** The generation the operator has confirmed: 0 while no operator ever picked it up. */
  observedGeneration?: number;
  spec: Record<string, unknown>;
  /** A session job's session may set the savepoint directory its jobs inherit. */
  inheritedSavepointDir?: string | null;
}

export type LifecycleAction = 'suspend' | 'resume' | 'restart' | 'savepoint';

export function actionRefusal(subject: ActionSubject, action: LifecycleAction): string | null {
  if (subject.deletionRequestedAt) return 'It is being deleted.';
  switch (action) {
    case 'suspend':
      return subject.desiredState === 'suspended' ? 'It is already suspended.' : null;
    case 'resume':
      return subject.desiredState === 'running' ? 'It is not suspended.' : null;
    case 'restart':
      if (subject.desiredState === 'suspended') return 'It is suspended: resume it instead.';
      // Restarting asks the operator to start it again; one no operator ever took up has nothing
      // to restart (applied or not, with or without an empty status).
      if (subject.state === 'pending' && !subject.observedGeneration) return 'It has not started yet: there is nothing to restart.';
      return null;
    case 'savepoint':
      return savepointRefusal(subject);
  }
}

/** A savepoint needs a running job and somewhere to write it. */
export function savepointRefusal(subject: ActionSubject): string | null {
  if (subject.deletionRequestedAt) return 'It is being deleted.';
  if (subject.desiredState === 'suspended') return 'It is suspended: a savepoint needs a running job.';
  if (subject.state !== 'running') return `The job is not running (${subject.state.replace('_', ' ')}): a savepoint needs a running job.`;
  const spec = subject.spec as unknown as Parameters<typeof buildFlinkConfiguration>[0] & { flinkVersion?: string };
  if (!configValue(buildFlinkConfiguration(spec, spec.flinkVersion), SAVEPOINT_DIR_KEYS) && !subject.inheritedSavepointDir) {
    return 'It has no savepoint directory: set one in its spec first.';
  }
  return null;
}

/** The savepoint directory a session gives its jobs, if it sets one. */
export function sessionSavepointDir(sessionSpec: Record<string, unknown>): string | null {
  const spec = sessionSpec as unknown as Parameters<typeof buildFlinkConfiguration>[0] & { flinkVersion?: string };
  return configValue(buildFlinkConfiguration(spec, spec.flinkVersion), SAVEPOINT_DIR_KEYS) ?? null;
}

export interface SessionReadiness {
  name: string;
  state: string;
  appliedGeneration: number;
  deletionRequestedAt: Date | string | null;
}

/** Why a session takes no new job now, or null when it does. */
export function sessionNotReady(session: SessionReadiness): string | null {
  if (session.deletionRequestedAt) return `The session ${session.name} is being deleted.`;
  if (session.state !== 'running' || session.appliedGeneration === 0) {
    return `The session ${session.name} is not ready (${session.state.replace('_', ' ')}): submit the job once it is running.`;
  }
  return null;
}
