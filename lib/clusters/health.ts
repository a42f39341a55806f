// Records a connection test's outcome as the cluster's health. A result is recorded only if the
// credentials it was made with are still the cluster's (each save re-encrypts them, so the
// ciphertext identifies them): a slow test of old credentials never overwrites a newer result.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { clusters } from '@/lib/db/schema';
import type { ConnectionReport } from '@/lib/validation/clusters';

/** `full`: the report of a full connection test, which replaces the stored one; probes keep it. */
export function healthFields(report: ConnectionReport, full: boolean) {
  const at = new Date(report.checkedAt);
  return {
    health: report.health,
    healthMessage: report.summary,
    lastCheckedAt: at,
    ...(report.health === 'reachable' ? { lastSuccessAt: at } : {}),
    ...(report.kubernetesVersion ? { kubernetesVersion: report.kubernetesVersion } : {}),
    ...(report.crds ? { flinkVersions: report.crds.missing.includes('flinkdeployments') ? [] : report.crds.flinkVersions } : {}),
    ...(full ? { connectionReport: report as unknown as Record<string, unknown> } : {}),
    // A probe keeps the stored report but refreshes what it saw of the operator (it may be upgraded).
    ...(!full && report.crds
      ? { connectionReport: sql`case when ${clusters.connectionReport} is null then null else jsonb_set(${clusters.connectionReport}, '{crds}', ${JSON.stringify(report.crds)}::jsonb) end` }
      : {}),
  };
}

export async function recordHealth(db: Executor, clusterId: string, testedCiphertext: string, report: ConnectionReport, full: boolean): Promise<boolean> {
  const updated = await db
    .update(clusters)
    // Health is observed, not a change someone made: updatedAt keeps its value.
    .set({ ...healthFields(report, full), updatedAt: sql`${clusters.updatedAt}` })
    .where(and(eq(clusters.id, clusterId), eq(clusters.credentialsCiphertext, testedCiphertext)))
    .returning({ id: clusters.id });
  return updated.length > 0;
}
