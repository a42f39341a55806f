// One status reader per cluster, however many workers run: each worker asks for the clusters it
// would read and gets back the ones it holds. A lease is claimed when free or run out, renewed by
// its holder on every ask, and released when the worker stops; one whose worker died runs out
// after STATUS_LEASE_MS and the next ask of another worker takes it. Postgres' clock decides, so
// the workers' clocks need not agree. Operations need no lease: their claims are row locks.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { statusLeases } from '@/lib/db/schema';

/** Long enough to ride out a slow renewal; short enough that a dead worker's clusters soon move. */
export const STATUS_LEASE_MS = 20_000;

export class StatusLeases {
  readonly holder = randomUUID();

  constructor(
    private readonly db: Database,
    private readonly leaseMs = STATUS_LEASE_MS,
  ) {}

  /** Of these clusters, the ones this worker holds now (claimed or renewed by this call). */
  async hold(clusterIds: string[]): Promise<string[]> {
    if (clusterIds.length === 0) return [];
    const expiresAt = sql`now() + ${this.leaseMs} * interval '1 millisecond'`;
    const rows = await this.db
      .insert(statusLeases)
      .values(clusterIds.map((clusterId) => ({ clusterId, holder: this.holder, expiresAt })))
      .onConflictDoUpdate({
        target: statusLeases.clusterId,
        set: { holder: sql`excluded.holder`, expiresAt: sql`excluded.expires_at` },
        setWhere: sql`${statusLeases.holder} = excluded.holder or ${statusLeases.expiresAt} < now()`,
      })
      .returning({ clusterId: statusLeases.clusterId });
    return rows.map((r) => r.clusterId);
  }

  /** Lets other workers take this worker's clusters at once. */
  async release(): Promise<void> {
    await this.db.delete(statusLeases).where(eq(statusLeases.holder, this.holder));
  }
}
