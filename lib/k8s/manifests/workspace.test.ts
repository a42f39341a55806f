import { describe, expect, it } from 'vitest';
import { flotillaLabels, flotillaSelector, isManagedByFlotilla } from './labels';
import { buildWorkspaceObjects, quotaHard } from './workspace';

const ws = { id: 'ws-1', namespace: 'analytics' };
const labels = { 'app.kubernetes.io/managed-by': 'flotilla', 'flotilla.dev/workspace': 'ws-1' };
const podSecurity = (enforce: string) => ({
  'pod-security.kubernetes.io/enforce': enforce,
  'pod-security.kubernetes.io/enforce-version': 'latest',
  'pod-security.kubernetes.io/warn': 'restricted',
  'pod-security.kubernetes.io/warn-version': 'latest',
  'pod-security.kubernetes.io/audit': 'restricted',
  'pod-security.kubernetes.io/audit-version': 'latest',
});

describe('buildWorkspaceObjects', () => {
  it('builds exactly the namespace (restricted), ServiceAccount and RoleBinding of DESIGN.md when no quota is set', () => {
    expect(buildWorkspaceObjects(ws)).toEqual([
      { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'analytics', labels: { ...labels, ...podSecurity('restricted') } } },
      { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'flink', namespace: 'analytics', labels } },
      {
        apiVersion: 'rbac.authorization.k8s.io/v1',
        kind: 'RoleBinding',
        metadata: { name: 'flink', namespace: 'analytics', labels },
        roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'flotilla-flink' },
        subjects: [{ kind: 'ServiceAccount', name: 'flink', namespace: 'analytics' }],
      },
    ]);
    expect(buildWorkspaceObjects({ ...ws, quota: { cpu: null, memory: '', maxDeployments: null } })).toHaveLength(3);
  });

  it('enforces the workspace’s Pod Security level, still warning and auditing at restricted', () => {
    const [namespace] = buildWorkspaceObjects({ ...ws, podSecurityLevel: 'baseline' });
    expect(namespace!.metadata.labels).toEqual({ ...labels, ...podSecurity('baseline') });
  });

  it('adds a ResourceQuota with every limit the workspace sets', () => {
    const objects = buildWorkspaceObjects({ ...ws, quota: { cpu: '8', memory: '32Gi', maxDeployments: 5 } });
    expect(objects.at(-1)).toEqual({
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: { name: 'flotilla-quota', namespace: 'analytics', labels },
      spec: {
        hard: {
          'requests.cpu': '8',
          'limits.cpu': '8',
          'requests.memory': '32Gi',
          'limits.memory': '32Gi',
          'count/flinkdeployments.flink.apache.org': '5',
        },
      },
    });
  });

  it('limits only what was set, and zero deployments is a limit too', () => {
    expect(quotaHard({ memory: '4Gi' })).toEqual({ 'requests.memory': '4Gi', 'limits.memory': '4Gi' });
    expect(quotaHard({ maxDeployments: 0 })).toEqual({ 'count/flinkdeployments.flink.apache.org': '0' });
    expect(quotaHard(null)).toBeNull();
  });

  it('labels every object as Flotilla’s, in its workspace', () => {
    for (const obj of buildWorkspaceObjects({ ...ws, quota: { cpu: '1' } })) {
      expect(isManagedByFlotilla(obj, 'ws-1'), obj.kind).toBe(true);
    }
  });
});

describe('Flotilla labels', () => {
  it('marks Flink objects with their resource too', () => {
    expect(flotillaLabels('ws-1', 'app-1')).toEqual({ ...labels, 'flotilla.dev/resource': 'app-1' });
    expect(flotillaSelector('ws-1')).toBe('app.kubernetes.io/managed-by=flotilla,flotilla.dev/workspace=ws-1');
  });

  it('recognizes only objects that carry them, and only for their own workspace', () => {
    expect(isManagedByFlotilla({ metadata: { labels } })).toBe(true);
    expect(isManagedByFlotilla({ metadata: { labels } }, 'ws-2')).toBe(false);
    expect(isManagedByFlotilla({ metadata: { labels: { 'app.kubernetes.io/managed-by': 'helm' } } })).toBe(false);
    expect(isManagedByFlotilla({ metadata: { labels: { 'flotilla.dev/workspace': 'ws-1' } } }, 'ws-1')).toBe(false);
    expect(isManagedByFlotilla({ metadata: {} })).toBe(false);
    expect(isManagedByFlotilla(null)).toBe(false);
  });
});
