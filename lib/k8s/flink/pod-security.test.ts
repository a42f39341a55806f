import { describe, expect, it } from 'vitest';
import { withRestrictedPodSecurity } from './pod-security';

describe('withRestrictedPodSecurity', () => {
  it('adds the main container with what restricted asks when there is no template', () => {
    expect(withRestrictedPodSecurity(undefined)).toEqual({
      apiVersion: 'v1',
      kind: 'Pod',
      spec: {
        securityContext: { runAsNonRoot: true, runAsUser: 9999, runAsGroup: 9999, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [{ name: 'flink-main-container', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } }],
      },
    });
  });

  it("keeps what the user set and fills in only what is missing, for every container", () => {
    const template = {
      metadata: { labels: { team: 'a' } },
      spec: {
        securityContext: { runAsUser: 1000, fsGroup: 2000, seccompProfile: { type: 'Localhost', localhostProfile: 'flink.json' } },
        containers: [
          { name: 'sidecar', image: 'envoy', securityContext: { readOnlyRootFilesystem: true, capabilities: { add: ['NET_BIND_SERVICE'] } } },
          { name: 'flink-main-container', securityContext: { capabilities: { drop: ['NET_RAW', 'ALL'] } } },
        ],
        initContainers: [{ name: 'init', image: 'busybox' }],
      },
    };
    const built = withRestrictedPodSecurity(template) as { metadata: unknown; spec: Record<string, unknown> };
    expect(built.metadata).toEqual({ labels: { team: 'a' } });
    expect(built.spec.securityContext).toEqual({
      runAsNonRoot: true,
      runAsUser: 1000,
      runAsGroup: 9999,
      fsGroup: 2000,
      seccompProfile: { type: 'Localhost', localhostProfile: 'flink.json' },
    });
    expect(built.spec.containers).toEqual([
      {
        name: 'sidecar',
        image: 'envoy',
        securityContext: { allowPrivilegeEscalation: false, readOnlyRootFilesystem: true, capabilities: { add: ['NET_BIND_SERVICE'], drop: ['ALL'] } },
      },
      { name: 'flink-main-container', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['NET_RAW', 'ALL'] } } },
    ]);
    expect(built.spec.initContainers).toEqual([
      { name: 'init', image: 'busybox', securityContext: { allowPrivilegeEscalation: false, capabilities: { drop: ['ALL'] } } },
    ]);
    // The caller's template is not changed.
    expect(template.spec.containers[0]!.securityContext).not.toHaveProperty('allowPrivilegeEscalation');
  });
});
