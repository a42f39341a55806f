// The shared control plane's identities as request targets, for integration tests.
import { inject } from 'vitest';
import type { KubeTarget } from './kube-http';

export function kubeTargets(): { admin: KubeTarget; restricted: KubeTarget; unprivileged: KubeTarget } {
  const kube = inject('kube');
  const as = (token: string) => ({ url: kube.url, caPem: kube.caPem, token });
  return { admin: as(kube.adminToken), restricted: as(kube.restrictedToken), unprivileged: as(kube.unprivilegedToken) };
}

export function uniqueName(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 8)}`;
}
