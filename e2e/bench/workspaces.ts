// `npm run bench:workspaces [count]`: creates COUNT (default 200) workspaces on the local control
// plane through the service and the reconciler, as a real deployment would, and prints the time
// from request to ready (median, p95, max) and the worker's memory. Prints figures; asserts
// nothing.
import { randomBytes } from 'node:crypto';
import { eq, inArray } from 'drizzle-orm';
import { startControlPlane } from '../harness/control-plane';
import { kubeApiFor } from '../harness/kube-api-adapter';
import { startTestPostgres } from '../harness/postgres';

async function main() {
  const count = Number(process.argv[2] ?? 200);
  const pg = await startTestPostgres();
  process.env.DATABASE_URL = pg.createDatabase('bench');
  process.env.FLOTILLA_SECRET_KEY = randomBytes(32).toString('base64');
  process.env.AUTH_SECRET = randomBytes(32).toString('base64');
  const cp = await startControlPlane();
  const { getDatabase, closeDatabase } = await import('@/lib/db/client');
  const schema = await import('@/lib/db/schema');
  const { Worker } = await import('@/lib/reconciler/worker');
  const { workspaceHandlers } = await import('@/lib/workspaces/reconcile');
  const { createWorkspace } = await import('@/lib/workspaces');
  const { db } = await getDatabase();
  try {
    const [org] = await db.insert(schema.organizations).values({ slug: 'bench', name: 'Bench' }).returning();
    const [user] = await db.insert(schema.users).values({ email: 'bench@example.com', name: 'Bench' }).returning();
    await db.insert(schema.memberships).values({ organizationId: org!.id, userId: user!.id, role: 'owner' });
    await db.insert(schema.clusters).values({ organizationId: org!.id, name: 'local', apiServerUrl: cp.url, credentialKind: 'token', credentialsCiphertext: 'unused', credentialsKeyId: 'unused' });
    const ctx = {
      requestId: 'bench',
      actor: { type: 'user' as const, id: user!.id, email: user!.email, name: user!.name },
      organization: { id: org!.id, slug: org!.slug, name: org!.name },
      orgRole: 'owner' as const,
    };
    const target = { url: cp.url, caPem: cp.caPem, token: cp.restrictedToken };
    const worker = new Worker({ db, handlers: workspaceHandlers(async () => kubeApiFor(target)), pollMs: 100, log: () => {} });
    const rssBefore = process.memoryUsage().rss;
    worker.start();

    const requestedAt = new Map<string, number>();
    const started = Date.now();
    for (let i = 0; i < count; i++) {
      const ws = await createWorkspace(ctx, { name: `bench-${i}`, cluster: 'local', quota: { cpu: '2', memory: '4Gi' } });
      requestedAt.set(ws.id, Date.now());
    }
    const readyAt = new Map<string, number>();
    let peakRss = process.memoryUsage().rss;
    while (readyAt.size < count && Date.now() - started < 15 * 60_000) {
      const pending = [...requestedAt.keys()].filter((id) => !readyAt.has(id));
      const rows = await db.select({ id: schema.workspaces.id, state: schema.workspaces.state }).from(schema.workspaces).where(inArray(schema.workspaces.id, pending));
      for (const r of rows) if (r.state === 'ready') readyAt.set(r.id, Date.now());
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((r) => setTimeout(r, 50));
    }
    await worker.stop();
    const latencies = [...readyAt.entries()].map(([id, t]) => t - requestedAt.get(id)!).sort((a, b) => a - b);
    const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))] ?? NaN;
    const failed = await db.select().from(schema.workspaces).where(eq(schema.workspaces.state, 'error'));
    console.log(`workspaces: ${count} requested, ${readyAt.size} ready, ${failed.length} in error, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`request → ready: median ${pct(50)} ms, p95 ${pct(95)} ms, max ${latencies.at(-1)} ms`);
    console.log(`process memory (rss): ${(rssBefore / 2 ** 20).toFixed(0)} MiB before the worker, ${(peakRss / 2 ** 20).toFixed(0)} MiB peak`);
  } finally {
    await closeDatabase();
    await cp.stop();
    pg.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
