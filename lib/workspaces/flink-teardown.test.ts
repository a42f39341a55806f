import { describe, expect, it } from 'vitest';
import type { KubeApi } from '@/lib/k8s/kube-api';
import { deleteFlinkResources, stuckDeletionMessage } from './flink-teardown';

const FINALIZER = 'flinkdeployments.flink.apache.org/finalizer';

/** A namespace's Flink objects as the API server lists them; deletes are recorded (the finalizer keeps them listed). */
function fakeApi(objects: Record<string, { name: string; deleting?: boolean }[]>, served = true) {
  const deleted: string[] = [];
  const api = {
    get: async (path: string) => {
      const plural = path.split('/').pop()!;
      if (!served && plural === 'flinksessionjobs') return { status: 404, body: {} };
      const items = (objects[plural] ?? []).map((o) => ({ metadata: { name: o.name, finalizers: [FINALIZER], ...(o.deleting ? { deletionTimestamp: '2026-12-04T10:00:00Z' } : {}) } }));
      return { status: 200, body: { items } as Record<string, unknown> };
    },
    apply: async () => ({ status: 200, body: {} }),
    delete: async (path: string) => {
      deleted.push(path.split('/').slice(-2).join('/'));
      return { status: 200, body: {} };
    },
  } as unknown as KubeApi;
  return { api, deleted };
}

describe('Flink resources before their namespace', () => {
  it('deletes the session jobs first and leaves the deployments until they are gone', async () => {
    const { api, deleted } = fakeApi({ flinksessionjobs: [{ name: 'views' }], flinkdeployments: [{ name: 'shared' }] });
    expect(await deleteFlinkResources(api, 'ws')).toEqual({ remaining: [`FlinkSessionJob views (finalizer ${FINALIZER})`] });
    expect(deleted).toEqual(['flinksessionjobs/views']);
  });

  it('then the deployments, deleting each once and reporting those the operator still holds', async () => {
    const { api, deleted } = fakeApi({ flinkdeployments: [{ name: 'orders' }, { name: 'clicks', deleting: true }] });
    expect((await deleteFlinkResources(api, 'ws')).remaining).toEqual([`FlinkDeployment orders (finalizer ${FINALIZER})`, `FlinkDeployment clicks (finalizer ${FINALIZER})`]);
    expect(deleted).toEqual(['flinkdeployments/orders']);
  });

  it('is done when nothing is left, also where a kind is not served', async () => {
    expect(await deleteFlinkResources(fakeApi({}, false).api, 'ws')).toEqual({ remaining: [] });
  });

  it('says what is stuck and what to check', () => {
    const message = stuckDeletionMessage('analytics', [`FlinkDeployment orders (finalizer ${FINALIZER})`], 5 * 60_000);
    expect(message).toMatch(/^Deletion is stuck: after 5 min the Flink operator has not removed FlinkDeployment orders/);
    expect(message).toContain('in namespace analytics');
    expect(message).toContain('Check that the Apache Flink Kubernetes Operator is running');
  });
});
