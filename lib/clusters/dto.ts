// What callers see of a cluster: never a raw row, never credentials. Health is never shown
// healthier than the last success allows: a "reachable" that has not been confirmed recently
// reads "unknown" (the probe may have stopped, or the cluster not been checked since).
import type { clusters } from '@/lib/db/schema';
import { ConnectionReportSchema, type ClusterDetailDto, type ClusterDto, type ClusterHealth } from '@/lib/validation/clusters';

type Row = typeof clusters.$inferSelect;

/** Beyond this, a past success no longer vouches for the cluster. */
export const HEALTH_STALE_AFTER_MS = 5 * 60_000;

export function effectiveHealth(row: Pick<Row, 'health' | 'healthMessage' | 'lastSuccessAt'>, now = Date.now()): { status: ClusterHealth; message: string | null } {
  if (row.health === 'reachable' && (!row.lastSuccessAt || now - row.lastSuccessAt.getTime() > HEALTH_STALE_AFTER_MS)) {
    return { status: 'unknown', message: 'Not confirmed recently: the last successful check is too old.' };
  }
  return { status: row.health, message: row.healthMessage };
}

export function toClusterDto(row: Row, workspaces: number): ClusterDto {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    apiServerUrl: row.apiServerUrl,
    caPem: row.caPem,
    tlsServerName: row.tlsServerName,
    insecure: row.insecureSkipTlsVerify,
    credentialKind: row.credentialKind,
    health: {
      ...effectiveHealth(row),
      lastCheckedAt: row.lastCheckedAt?.toISOString() ?? null,
      lastSuccessAt: row.lastSuccessAt?.toISOString() ?? null,
    },
    kubernetesVersion: row.kubernetesVersion,
    flinkVersions: row.flinkVersions,
    workspaces,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toClusterDetailDto(row: Row, workspaces: number): ClusterDetailDto {
  const report = ConnectionReportSchema.safeParse(row.connectionReport);
  return { ...toClusterDto(row, workspaces), connectionReport: report.success ? report.data : null };
}
