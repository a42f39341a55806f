// Every kind of operation the reconciler runs, with the cluster client it runs them through.
import 'server-only';
import { flinkResourceHandlers } from '@/lib/flink-resources/reconcile';
import { workspaceHandlers } from '@/lib/workspaces/reconcile';
import type { KubeApi } from '@/lib/k8s/kube-api';
import type { OperationHandler } from './worker';

export function reconcilerHandlers(apiFor: (clusterId: string) => Promise<KubeApi>): Record<string, OperationHandler> {
  return { ...workspaceHandlers(apiFor), ...flinkResourceHandlers(apiFor) };
}
