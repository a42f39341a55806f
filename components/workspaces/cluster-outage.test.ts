import { describe, expect, it } from 'vitest';
import type { WorkspaceCluster } from '@/lib/validation/workspaces';
import { clusterOutage } from './cluster-outage';

const cluster = (health: Partial<WorkspaceCluster['health']>): WorkspaceCluster => ({
  id: '00000000-0000-4000-8000-000000000000',
  name: 'local',
  health: { status: 'reachable', message: null, lastCheckedAt: '2026-11-25T12:05:10.000Z', lastSuccessAt: '2026-11-25T12:03:00.000Z', ...health },
});

describe('clusterOutage', () => {
  it('says nothing while the cluster answers, or before its first check', () => {
    expect(clusterOutage(cluster({ status: 'reachable' }))).toBeNull();
    expect(clusterOutage(cluster({ status: 'unknown', lastSuccessAt: null, lastCheckedAt: null }))).toBeNull();
  });

  it('names the cluster, since when it has not answered, and the reason', () => {
    expect(clusterOutage(cluster({ status: 'unreachable', message: 'Connection refused.' }))).toEqual({
      title: 'Cluster local has not answered since 2026-11-25 12:03:00 UTC',
      reason: 'Connection refused.',
      checkedAt: '2026-11-25T12:05:10.000Z',
    });
    expect(clusterOutage(cluster({ status: 'unreachable', lastSuccessAt: null }))?.title).toBe('Cluster local has not answered since it was registered');
  });

  it('says what else is wrong when the cluster answers but cannot be used', () => {
    expect(clusterOutage(cluster({ status: 'auth_failed' }))?.title).toMatch(/^Cluster local has refused Flotilla's credentials since/);
    expect(clusterOutage(cluster({ status: 'crds_missing' }))?.title).toMatch(/^Cluster local has lacked the Flink operator's CRDs since/);
  });
});
