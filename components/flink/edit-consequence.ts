// What saving an edit will really do, said in the review before it is sent: it depends on where
// the resource is (never started, suspended, running, failed), not only on the new spec. Pure.

export interface EditSubject {
  /** Flotilla's summary of what the cluster reports (FlinkState). */
  state: string;
  /** Absent for a session, which has no job of its own to suspend. */
  desiredState?: 'running' | 'suspended';
  /** The generation the operator has confirmed: 0 while no operator ever took it up. */
  observedGeneration: number;
}

/** `noun`: "application", "session", "job". */
export function editConsequence(subject: EditSubject, noun: 'application' | 'session' | 'job'): string {
  const cluster = noun === 'session' ? 'the session cluster' : `the ${noun}`;
  if (subject.desiredState === 'suspended') return `The ${noun} stays suspended: the new spec is stored and used when you resume it.`;
  if (!subject.observedGeneration && subject.state === 'pending') return `The ${noun} has not started yet: the operator starts it with the new spec.`;
  switch (subject.state) {
    case 'failed':
    case 'finished':
    case 'cancelled':
      return `The operator deploys ${cluster} again with the new spec${noun === 'session' ? '' : ', using its upgrade mode'}.`;
    case 'running':
      return noun === 'session' ? 'The operator upgrades the running session cluster to the new spec.' : `The operator upgrades the running ${noun} to the new spec, using its upgrade mode.`;
    default:
      // pending (a change waiting), deploying, upgrading, restarting…: the operator is mid-way.
      return `The operator applies the new spec to ${cluster} once it has finished what it is doing now (${subject.state.replace('_', ' ')}).`;
  }
}
