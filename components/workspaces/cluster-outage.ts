// What to tell a workspace's readers about its cluster's health, in words: nothing while the
// cluster answers (or has not been checked yet, right after registration), otherwise what is
// wrong since when, and that what they see is the last state observed. Pure, so it is tested.
import { formatTime } from '@/components/audit/format-time';
import type { WorkspaceCluster } from '@/lib/validation/workspaces';

export interface ClusterOutage {
  title: string;
  /** The health probe's own summary (already written to be shown), when it gave one. */
  reason: string | null;
  checkedAt: string | null;
}

export function clusterOutage({ name, health }: WorkspaceCluster): ClusterOutage | null {
  if (health.status === 'reachable' || health.status === 'unknown') return null;
  const since = health.lastSuccessAt ? `since ${formatTime(health.lastSuccessAt)}` : 'since it was registered';
  const title =
    health.status === 'auth_failed'
      ? `Cluster ${name} has refused Flotilla's credentials ${since}`
      : health.status === 'crds_missing'
        ? `Cluster ${name} has lacked the Flink operator's CRDs ${since}`
        : `Cluster ${name} has not answered ${since}`;
  return { title, reason: health.message, checkedAt: health.lastCheckedAt };
}
