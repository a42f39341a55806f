// The outbox and its workers against real PostgreSQL: exclusive claims, leases that outlive a
// dead worker, backoff, per-target order and clusters that never wait for each other.
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '@/lib/db/client';
import { clusters, operations, organizations } from '@/lib/db/schema';
import { claimOperations, enqueueOperation, type Operation } from './outbox';
import { PermanentOperationError, Worker } from './worker';

let handle: DatabaseHandle;
let orgId: string;

beforeAll(async () => {
  handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '' });
  const [org] = await handle.db.insert(organizations).values({ slug: `rec-${Math.random().toString(36).slice(2, 8)}`, name: 'R' }).returning();
  orgId = org!.id;
});
afterAll(() => handle.close());

async function newCluster() {
  const [c] = await handle.db
    .insert(clusters)
    .values({ organizationId: orgId, name: `c-${Math.random().toString(36).slice(2, 8)}`, apiServerUrl: 'https://k:6443', credentialKind: 'token', credentialsCiphertext: 'x', credentialsKeyId: 'k' })
    .returning();
  return c!.id;
}

async function enqueue(clusterId: string, kind = 'test.apply', targetId = crypto.randomUUID()) {
  return enqueueOperation(handle.db, { organizationId: orgId, clusterId, kind, targetType: 'test', targetId });
}

async function reload(op: Operation) {
  const [row] = await handle.db.select().from(operations).where(eq(operations.id, op.id));
  return row!;
}

describe('the operations outbox', () => {
  it('never hands the same operation to two workers claiming together', async () => {
    const clusterId = await newCluster();
    const ops = await Promise.all(Array.from({ length: 30 }, () => enqueue(clusterId)));
    const ids = new Set(ops.map((o) => o.id));
    const other = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '' });
    try {
      const [a, b] = await Promise.all([claimOperations(handle.db, 'a', 100, ['test.apply']), claimOperations(other.db, 'b', 100, ['test.apply'])]);
      const mine = (list: Operation[]) => list.filter((o) => ids.has(o.id)).map((o) => o.id);
      const claimedByA = mine(a);
      const claimedByB = mine(b);
      expect(claimedByA.filter((id) => claimedByB.includes(id))).toEqual([]);
      expect(new Set([...claimedByA, ...claimedByB])).toEqual(ids);
    } finally {
      await other.close();
    }
  });

  it('gives an operation whose worker died to another worker when the lease runs out', async () => {
    const clusterId = await newCluster();
    const op = await enqueue(clusterId);
    const [claimed] = (await claimOperations(handle.db, 'dies', 100, ['test.apply'])).filter((o) => o.id === op.id);
    expect(claimed?.lockedBy).toBe('dies');
    // Still leased: nobody else may take it.
    expect((await claimOperations(handle.db, 'survivor', 100, ['test.apply'])).map((o) => o.id)).not.toContain(op.id);
    await handle.db.update(operations).set({ lockedUntil: sql`now() - interval '1 second'` }).where(eq(operations.id, op.id));

    const applied: string[] = [];
    const survivor = new Worker({ db: handle.db, id: 'survivor', handlers: { 'test.apply': async (o) => void applied.push(o.id) }, log: () => {} });
    await survivor.tick();
    await survivor.idle();
    expect(applied.filter((id) => id === op.id)).toHaveLength(1);
    expect(await reload(op)).toMatchObject({ state: 'succeeded', attempts: 2, lockedBy: null });
  });

  it('retries a failing operation with backoff and records the attempt and the error', async () => {
    const clusterId = await newCluster();
    const op = await enqueue(clusterId, 'test.flaky');
    const worker = new Worker({ db: handle.db, handlers: { 'test.flaky': async () => { throw new Error('connect ECONNREFUSED'); } }, log: () => {} });
    const before = Date.now();
    await worker.tick();
    await worker.idle();
    const failed = await reload(op);
    expect(failed).toMatchObject({ state: 'pending', attempts: 1, lastError: 'connect ECONNREFUSED' });
    expect(failed.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 400);
    // Not due yet: the next tick leaves it alone.
    expect((await worker.tick()).map((o) => o.id)).not.toContain(op.id);
  });

  it('stops retrying what the cluster rejected for good', async () => {
    const clusterId = await newCluster();
    const op = await enqueue(clusterId, 'test.invalid');
    const worker = new Worker({ db: handle.db, handlers: { 'test.invalid': async () => { throw new PermanentOperationError('422: spec.job.upgradeMode: Unsupported value'); } }, log: () => {} });
    await worker.tick();
    await worker.idle();
    expect(await reload(op)).toMatchObject({ state: 'failed', lastError: '422: spec.job.upgradeMode: Unsupported value' });
  });

  it("runs a target's operations in the order they were written", async () => {
    const clusterId = await newCluster();
    const target = crypto.randomUUID();
    const first = await enqueue(clusterId, 'test.apply', target);
    const second = await enqueue(clusterId, 'test.delete', target);
    const claimed = (await claimOperations(handle.db, 'order', 100, ['test.apply', 'test.delete'])).map((o) => o.id);
    expect(claimed).toContain(first.id);
    expect(claimed).not.toContain(second.id);
  });

  it('keeps working for other clusters while one cluster hangs', async () => {
    const [slow, fast] = [await newCluster(), await newCluster()];
    const slowOp = await enqueue(slow, 'test.hang');
    const fastOps = [await enqueue(fast, 'test.quick'), await enqueue(fast, 'test.quick')];
    let release!: () => void;
    const hanging = new Promise<void>((r) => (release = r));
    const done: string[] = [];
    const worker = new Worker({
      db: handle.db,
      handlers: { 'test.hang': () => hanging, 'test.quick': async (o) => void done.push(o.id) },
      log: () => {},
    });
    await worker.tick();
    const deadline = Date.now() + 5_000;
    while (done.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(done.sort()).toEqual(fastOps.map((o) => o.id).sort());
    expect((await reload(slowOp)).state).toBe('running');
    release();
    await worker.idle();
    expect((await reload(slowOp)).state).toBe('succeeded');
  });
});
