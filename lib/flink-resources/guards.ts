// Checks every Flink resource's writes share: the If-Match version, no changes while deleting,
// and the Flink versions the workspace's cluster offers.
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { clusters } from '@/lib/db/schema';
import { ConflictError, PreconditionFailedError } from '@/lib/errors';

interface Versioned {
  name: string;
  version: number;
  deletionRequestedAt: Date | null;
}

/** A stale If-Match is 412; no If-Match means "whatever is current". */
export function checkVersion(row: Versioned, ifMatch: number | undefined): void {
  if (ifMatch !== undefined && ifMatch !== row.version) {
    throw new PreconditionFailedError(`${row.name} changed since you read it (version ${ifMatch}, now ${row.version}): reload and try again.`);
  }
}

export function refuseWhileDeleting(row: Versioned): void {
  if (row.deletionRequestedAt) throw new ConflictError(`${row.name} is being deleted.`);
}

/** The Flink versions the workspace's cluster offers (from its installed CRD). */
export async function clusterFlinkVersions(clusterId: string): Promise<string[]> {
  const [cluster] = await (await getDb()).select({ flinkVersions: clusters.flinkVersions }).from(clusters).where(eq(clusters.id, clusterId));
  return cluster?.flinkVersions ?? [];
}

export interface WriteOptions {
  /** The version the caller last read (If-Match); a stale one is 412. */
  ifMatch?: number;
}
