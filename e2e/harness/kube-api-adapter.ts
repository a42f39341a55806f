// A KubeApi over the harness's HTTPS client, for integration tests of the reconciler's logic
// against the local control plane (the product reaches registered clusters through lib/k8s).
import type { KubeApi } from '@/lib/k8s/kube-api';
import { FIELD_MANAGER } from '@/lib/k8s/kube-api';
import { kubeRequest, type KubeTarget } from './kube-http';

export function kubeApiFor(target: KubeTarget): KubeApi {
  return {
    get: (path) => kubeRequest(target, 'GET', path),
    apply: (path, object, fieldManager = FIELD_MANAGER) => kubeRequest(target, 'PATCH', `${path}?fieldManager=${fieldManager}&force=true`, object, 'application/apply-patch+yaml'),
    delete: (path) => kubeRequest(target, 'DELETE', path),
  };
}
