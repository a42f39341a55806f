import { describe, expect, it } from 'vitest';
import { actionRefusal, sessionNotReady } from './action-rules';

const running = { desiredState: 'running' as const, state: 'running', deletionRequestedAt: null, spec: { flinkVersion: 'v1_20', flinkConfiguration: {}, savepointDir: 's3://b/sp' } };

describe('which lifecycle actions the state allows', () => {
  it('allows suspend, restart and a savepoint of a running job with a savepoint directory', () => {
    expect(actionRefusal(running, 'suspend')).toBeNull();
    expect(actionRefusal(running, 'restart')).toBeNull();
    expect(actionRefusal(running, 'savepoint')).toBeNull();
    expect(actionRefusal(running, 'resume')).toBe('It is not suspended.');
  });

  it('allows only resume when suspended', () => {
    const suspended = { ...running, desiredState: 'suspended' as const, state: 'suspended' };
    expect(actionRefusal(suspended, 'resume')).toBeNull();
    expect(actionRefusal(suspended, 'suspend')).toBe('It is already suspended.');
    expect(actionRefusal(suspended, 'restart')).toBe('It is suspended: resume it instead.');
    expect(actionRefusal(suspended, 'savepoint')).toMatch(/suspended/);
  });

  it('refuses to restart what never started, not what started once and waits again', () => {
    const never = { ...running, state: 'pending', observedGeneration: 0 };
    expect(actionRefusal(never, 'restart')).toBe('It has not started yet: there is nothing to restart.');
    expect(actionRefusal({ ...never, observedGeneration: 1 }, 'restart')).toBeNull();
    expect(actionRefusal({ ...never, state: 'failed' }, 'restart')).toBeNull();
  });

  it('refuses a savepoint of a job that does not run or has nowhere to write it', () => {
    expect(actionRefusal({ ...running, state: 'deploying' }, 'savepoint')).toBe('The job is not running (deploying): a savepoint needs a running job.');
    expect(actionRefusal({ ...running, spec: { flinkVersion: 'v1_20', flinkConfiguration: {} } }, 'savepoint')).toMatch(/no savepoint directory/);
    expect(actionRefusal({ ...running, spec: { flinkVersion: 'v1_20', flinkConfiguration: { 'state.savepoints.dir': 's3://b/sp' } } }, 'savepoint')).toBeNull();
  });

  it("counts the savepoint directory a session job inherits from its session", () => {
    const job = { ...running, spec: { flinkConfiguration: {} } };
    expect(actionRefusal(job, 'savepoint')).toMatch(/no savepoint directory/);
    expect(actionRefusal({ ...job, inheritedSavepointDir: 's3://b/session-sp' }, 'savepoint')).toBeNull();
  });

  it('refuses everything while deleting', () => {
    for (const action of ['suspend', 'resume', 'restart', 'savepoint'] as const) {
      expect(actionRefusal({ ...running, deletionRequestedAt: '2026-11-25T10:00:00Z' }, action)).toBe('It is being deleted.');
    }
  });
});

describe('submitting to a session', () => {
  const session = { name: 'analytics', state: 'running', appliedGeneration: 1, deletionRequestedAt: null };
  it('is possible once it runs, and otherwise says why', () => {
    expect(sessionNotReady(session)).toBeNull();
    expect(sessionNotReady({ ...session, state: 'pending', appliedGeneration: 0 })).toBe('The session analytics is not ready (pending): submit the job once it is running.');
    expect(sessionNotReady({ ...session, deletionRequestedAt: '2025-01-01T00:00:00.000Z' })).toBe('The session analytics is being deleted.');
  });
});
