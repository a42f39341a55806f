// Which Kubernetes Events of a namespace belong to one Flink object: its own, its JobManager
// Deployment's and ReplicaSets', and its pods' (`<name>-<hash>-<id>` for the JobManager,
// `<name>-taskmanager-<n>-<m>` for TaskManagers). Another object whose name extends this one
// (orders vs orders-eu) keeps its events. Pure.
import { newestEvents, type CoreEvent } from '@/lib/k8s/events';
import type { KubeEvent } from '@/lib/validation/workspaces';

const OWN_KINDS = new Set(['FlinkDeployment', 'FlinkSessionJob', 'Deployment']);
const WORKLOAD_KINDS = new Set(['ReplicaSet', 'Pod']);

export function belongsTo(event: CoreEvent, name: string, otherNames: readonly string[]): boolean {
  const kind = event.involvedObject?.kind ?? '';
  const objectName = event.involvedObject?.name ?? '';
  if (OWN_KINDS.has(kind)) return objectName === name;
  if (!WORKLOAD_KINDS.has(kind) || !objectName.startsWith(`${name}-`)) return false;
  // orders-eu-taskmanager-1-1 starts with "orders-" but is orders-eu's.
  return !otherNames.some((other) => other.length > name.length && other.startsWith(`${name}-`) && objectName.startsWith(`${other}-`));
}

/** Newest first, at most `limit`. */
export function eventTimeline(events: CoreEvent[], name: string, otherNames: readonly string[], limit = 100): KubeEvent[] {
  return newestEvents(events.filter((e) => belongsTo(e, name, otherNames)), limit);
}
