import { describe, expect, it } from 'vitest';
import { quotaUseOf } from './quota-use';

describe('quotaUseOf', () => {
  it('reads the limits of CPU and memory and the count of FlinkDeployments from the status', () => {
    const hard = { 'requests.cpu': '4', 'limits.cpu': '4', 'requests.memory': '8Gi', 'limits.memory': '8Gi', 'count/flinkdeployments.flink.apache.org': '2' };
    const used = { 'requests.cpu': '1', 'limits.cpu': '3', 'requests.memory': '1Gi', 'limits.memory': '2048Mi', 'count/flinkdeployments.flink.apache.org': '2' };
    expect(quotaUseOf({ status: { hard, used } })).toEqual([
      { resource: 'cpu', key: 'limits.cpu', hard: '4', used: '3', ratio: 0.75 },
      { resource: 'memory', key: 'limits.memory', hard: '8Gi', used: '2048Mi', ratio: 0.25 },
      { resource: 'flinkdeployments', key: 'count/flinkdeployments.flink.apache.org', hard: '2', used: '2', ratio: 1 },
    ]);
  });

  it('lists only what the quota limits, and says nothing about use Kubernetes has not counted yet', () => {
    expect(quotaUseOf({ status: { hard: { 'requests.cpu': '500m' } } })).toEqual([{ resource: 'cpu', key: 'requests.cpu', hard: '500m', used: null, ratio: null }]);
    expect(quotaUseOf({ status: { hard: { cpu: '2' }, used: { cpu: '250m' } } })).toEqual([{ resource: 'cpu', key: 'cpu', hard: '2', used: '250m', ratio: 0.125 }]);
    // A quota whose status is not written yet: spec.hard alone is not what Kubernetes enforces.
    expect(quotaUseOf({})).toEqual([]);
  });

  it('gives no ratio for a zero or unreadable hard value', () => {
    const [use] = quotaUseOf({ status: { hard: { 'limits.cpu': '0' }, used: { 'limits.cpu': '0' } } });
    expect(use!.ratio).toBeNull();
  });
});
