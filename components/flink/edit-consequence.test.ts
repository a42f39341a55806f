import { describe, expect, it } from 'vitest';
import { editConsequence } from './edit-consequence';

const running = { state: 'running', desiredState: 'running' as const, observedGeneration: 1 };

describe('what saving an edit will do, by state', () => {
  it('says an upgrade only for what runs', () => {
    expect(editConsequence(running, 'application')).toBe('The operator upgrades the running application to the new spec, using its upgrade mode.');
    expect(editConsequence({ state: 'running', observedGeneration: running.observedGeneration }, 'session')).toBe('The operator upgrades the running session cluster to the new spec.');
  });

  it('never says "upgrades the running" for one that never started, is suspended, failed or is busy', () => {
    const cases = [
      { state: 'pending', desiredState: 'running' as const, observedGeneration: 0 },
      { state: 'suspended', desiredState: 'suspended' as const, observedGeneration: running.observedGeneration },
      { ...running, state: 'failed' },
      { ...running, state: 'deploying' },
    ];
    for (const subject of cases) expect(editConsequence(subject, 'application')).not.toMatch(/upgrades the running/);
    expect(editConsequence(cases[0]!, 'application')).toBe('The application has not started yet: the operator starts it with the new spec.');
    expect(editConsequence(cases[1]!, 'job')).toBe('The job stays suspended: the new spec is stored and used when you resume it.');
    expect(editConsequence(cases[2]!, 'application')).toBe('The operator deploys the application again with the new spec, using its upgrade mode.');
    expect(editConsequence(cases[3]!, 'application')).toMatch(/once it has finished what it is doing now \(deploying\)/);
  });
});
