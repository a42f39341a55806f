import { describe, expect, it } from 'vitest';
import { belongsTo, eventTimeline } from './events';

const event = (kind: string, name: string, lastTimestamp = '2026-11-25T10:00:00Z') => ({ involvedObject: { kind, name }, reason: 'R', message: `${kind} ${name}`, lastTimestamp });

describe('which events belong to a Flink deployment', () => {
  it("takes its own, its JobManager Deployment's and its pods'", () => {
    for (const [kind, name] of [['FlinkDeployment', 'orders'], ['Deployment', 'orders'], ['ReplicaSet', 'orders-5d8f7c9b4'], ['Pod', 'orders-5d8f7c9b4-x2x9q'], ['Pod', 'orders-taskmanager-1-1']]) {
      expect(belongsTo(event(kind!, name!), 'orders', ['orders']), `${kind} ${name}`).toBe(true);
    }
  });

  it("leaves another deployment's events alone, also when its name extends this one", () => {
    expect(belongsTo(event('FlinkDeployment', 'orders-eu'), 'orders', ['orders', 'orders-eu'])).toBe(false);
    expect(belongsTo(event('Pod', 'orders-eu-taskmanager-1-1'), 'orders', ['orders', 'orders-eu'])).toBe(false);
    expect(belongsTo(event('Pod', 'orders-eu-taskmanager-1-1'), 'orders-eu', ['orders', 'orders-eu'])).toBe(true);
    expect(belongsTo(event('Pod', 'payments-taskmanager-1-1'), 'orders', ['orders'])).toBe(false);
    expect(belongsTo(event('Namespace', 'orders'), 'orders', ['orders'])).toBe(false);
  });

  it('orders the timeline newest first and cuts it', () => {
    const timeline = eventTimeline([event('Pod', 'orders-taskmanager-1-1', '2026-11-25T09:00:00Z'), event('FlinkDeployment', 'orders', '2026-11-25T11:00:00Z')], 'orders', [], 1);
    expect(timeline.map((e) => e.object.kind)).toEqual(['FlinkDeployment']);
  });
});
