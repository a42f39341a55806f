// The operations outbox. Services enqueue inside their own transaction; workers claim with
// FOR UPDATE SKIP LOCKED under a lease, so several workers never run the same operation at
// once, and an operation whose worker died is claimed again when its lease runs out.
import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '@/lib/db/client';
import { operations } from '@/lib/db/schema';
import { backoffDelayMs } from './backoff';

export type Operation = typeof operations.$inferSelect;

export interface EnqueueInput {
  organizationId: string;
  clusterId: string;
  kind: string;
  targetType: string;
  targetId: string;
  generation?: number;
}

export async function enqueueOperation(tx: Executor, input: EnqueueInput): Promise<Operation> {
  const [op] = await tx.insert(operations).values(input).returning();
  return op!;
}

export const LEASE_MS = 60_000;

/**
 * Claims up to `limit` runnable operations: pending and due, or running with an expired lease.
 * Only the oldest unfinished operation of each target is runnable, so a target's operations
 * (apply, then delete) run in the order they were written.
 */
export async function claimOperations(
  db: Executor,
  workerId: string,
  limit: number,
  kinds: string[],
  busyClusterIds: string[] = [],
  onlyClusterIds?: string[],
): Promise<Operation[]> {
  if (kinds.length === 0 || onlyClusterIds?.length === 0) return [];
  // A worker may serve a subset of clusters (sharding; tests that share one database).
  const ofClusters = onlyClusterIds
    ? sql`and o.cluster_id in (${sql.join(onlyClusterIds.map((id) => sql`${id}::uuid`), sql`, `)})`
    : sql``;
  // A worker claims only the kinds it can run, so workers with different handlers share a queue.
  const ofKinds = sql`and o.kind in (${sql.join(kinds.map((k) => sql`${k}`), sql`, `)})`;
  // Clusters this worker is still busy with are left alone: their next operation waits for the
  // current one, and a slow cluster never holds a place another cluster could use.
  const notBusy = busyClusterIds.length
    ? sql`and o.cluster_id not in (${sql.join(busyClusterIds.map((id) => sql`${id}::uuid`), sql`, `)})`
    : sql``;
  const result = await db.execute(sql`
    update operations set
      state = 'running',
      locked_by = ${workerId},
      locked_until = now() + make_interval(secs => ${LEASE_MS / 1000}),
      attempts = attempts + 1,
      updated_at = now()
    where id in (
      select o.id from operations o
      where ((o.state = 'pending' and o.next_attempt_at <= now())
          or (o.state = 'running' and o.locked_until < now()))
        ${ofKinds}
        ${ofClusters}
        ${notBusy}
        and not exists (
          select 1 from operations earlier
          where earlier.target_id = o.target_id
            and earlier.state in ('pending', 'running')
            and earlier.created_at < o.created_at)
      order by o.next_attempt_at
      limit ${limit}
      for update skip locked)
    returning id`);
  const ids = (result as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  if (ids.length === 0) return [];
  return db.select().from(operations).where(sql`${operations.id} in ${ids}`);
}

/** Marks an operation done, if this worker still holds it. */
export async function completeOperation(db: Executor, op: Operation, workerId: string): Promise<boolean> {
  const done = await db
    .update(operations)
    .set({ state: 'succeeded', lockedBy: null, lockedUntil: null, lastError: null, completedAt: new Date() })
    .where(and(eq(operations.id, op.id), eq(operations.lockedBy, workerId), eq(operations.state, 'running')))
    .returning({ id: operations.id });
  return done.length === 1;
}

/**
 * Records a failed attempt. A transient failure is retried with backoff; a permanent one (the
 * cluster rejected the object itself) stops, keeping its error for the console.
 */
export async function failOperation(
  db: Executor,
  op: Operation,
  workerId: string,
  error: string,
  permanent = false,
): Promise<Date | null> {
  const nextAttemptAt = permanent ? null : new Date(Date.now() + backoffDelayMs(op.attempts));
  await db
    .update(operations)
    .set({
      state: permanent ? 'failed' : 'pending',
      lockedBy: null,
      lockedUntil: null,
      lastError: error.slice(0, 2_000),
      ...(nextAttemptAt ? { nextAttemptAt } : { completedAt: new Date() }),
    })
    .where(and(eq(operations.id, op.id), eq(operations.lockedBy, workerId)));
  return nextAttemptAt;
}
