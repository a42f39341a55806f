// Every kind of operation the reconciler runs, with the cluster client it runs them through.
import 'server-only';
import { clusterClientFor } from '@/lib/clusters';
import { flinkResourceHandlers } from '@/lib/flink-resources/reconcile';
import { workspaceHandlers } from '@/lib/workspaces/reconcile';
import type { OperationHandler } from './worker';

export function reconcilerHandlers(): Record<string, OperationHandler> {
  const apiFor = (clusterId: string) => clusterClientFor(clusterId);
  return { ...workspaceHandlers(apiFor), ...flinkResourceHandlers(apiFor) };
}
