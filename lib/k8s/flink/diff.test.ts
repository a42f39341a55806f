import { describe, expect, it } from 'vitest';
import { buildApplicationDeployment } from './build-flink-deployment';
import { diffSpecs, discardsState, stateDiscardWarning } from './diff';
import { fullApplication } from './fixtures';

describe('diffSpecs', () => {
  it('lists the changed fields by path, configuration keys quoted', () => {
    const before = fullApplication();
    const after = { ...before, parallelism: 8, args: ['--input', 'orders-v2'], taskManager: { ...before.taskManager, memory: '8Gi' }, flinkConfiguration: { ...before.flinkConfiguration, 'execution.checkpointing.interval': '30s', 'state.backend.type': 'rocksdb' } };
    expect(diffSpecs(before, after)).toEqual([
      { path: 'args', before: ['--input', 'orders', '--output', 'enriched'], after: ['--input', 'orders-v2'] },
      { path: 'flinkConfiguration["execution.checkpointing.interval"]', before: '60s', after: '30s' },
      { path: 'flinkConfiguration["state.backend.type"]', before: undefined, after: 'rocksdb' },
      { path: 'parallelism', before: 4, after: 8 },
      { path: 'taskManager.memory', before: '4Gi', after: '8Gi' },
    ]);
  });

  it('finds nothing between equal specs, and works on built manifests too', () => {
    expect(diffSpecs(fullApplication(), fullApplication())).toEqual([]);
    const target = { id: 'a', workspaceId: 'w', namespace: 'n' };
    const before = buildApplicationDeployment({ ...target, spec: fullApplication() });
    const after = buildApplicationDeployment({ ...target, spec: { ...fullApplication(), state: 'suspended' } });
    expect(diffSpecs(before, after)).toEqual([{ path: 'spec.job.state', before: 'running', after: 'suspended' }]);
  });
});

describe('discardsState', () => {
  const stateful = fullApplication(); // savepoint mode
  const stateless = { ...fullApplication(), upgradeMode: 'stateless' as const, allowNonRestoredState: false };

  it('warns when a stateless job is upgraded: it restarts with empty state', () => {
    expect(stateDiscardWarning(stateless, { ...stateless, parallelism: 8 })).toMatch(/empty state/);
    expect(discardsState(stateless, { ...stateless, parallelism: 8 })).toBe(true);
  });

  it('warns when the upgrade switches to stateless, since the new mode decides', () => {
    expect(discardsState(stateful, { ...stateful, upgradeMode: 'stateless', image: 'flink:2.0' })).toBe(true);
  });

  it('warns when a stateless job is suspended, resumed or restarted', () => {
    expect(stateDiscardWarning(stateless, { ...stateless, state: 'suspended' })).toMatch(/without a savepoint/);
    expect(discardsState({ ...stateless, state: 'suspended' }, stateless)).toBe(true);
    expect(discardsState(stateless, stateless, { restart: true })).toBe(true);
  });

  it('warns that unmapped state is dropped when non-restored state is allowed', () => {
    expect(stateDiscardWarning(stateful, { ...stateful, parallelism: 8 })).toMatch(/maps to no operator/);
  });

  it('keeps quiet when state is kept or nothing is redeployed', () => {
    const keep = { ...stateful, allowNonRestoredState: false };
    expect(discardsState(keep, { ...keep, parallelism: 8 })).toBe(false);
    expect(discardsState(keep, { ...keep, state: 'suspended' })).toBe(false);
    // The operator does not redeploy for labels, its own settings or the savepoint to start from.
    const cosmetic = { ...stateless, labels: { team: 'x' }, periodicSavepointInterval: '1h', flinkConfiguration: { ...stateless.flinkConfiguration, 'kubernetes.operator.savepoint.history.max.count': '5' } };
    expect(discardsState(stateless, cosmetic)).toBe(false);
    expect(discardsState({ ...stateless, state: 'suspended' }, { ...stateless, state: 'suspended', parallelism: 2 })).toBe(false);
  });
});
