// `npm run bench:workspaces [count]`: creates COUNT (default 200) workspaces on the local control
// plane through the service and the reconciler, as a real deployment would, and prints the time
// from request to ready (median, p95, max) and the worker's memory. Prints figures; asserts
// nothing.
import { eq, inArray } from 'drizzle-orm';
import { kubeApiFor } from '../harness/kube-api-adapter';
import { percentile, startBenchEnv } from './bench-env';

async function main() {
  const count = Number(process.argv[2] ?? 200);
  const env = await startBenchEnv();
  const { db, schema, ctx } = env;
  const { Worker } = await import('@/lib/reconciler/worker');
  const { workspaceHandlers } = await import('@/lib/workspaces/reconcile');
  const { createWorkspace } = await import('@/lib/workspaces');
  try {
    const worker = new Worker({ db, handlers: workspaceHandlers(async () => kubeApiFor(env.restricted)), pollMs: 100, log: () => {} });
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
    const pct = (p: number) => percentile(latencies, p);
    const failed = await db.select().from(schema.workspaces).where(eq(schema.workspaces.state, 'error'));
    console.log(`workspaces: ${count} requested, ${readyAt.size} ready, ${failed.length} in error, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`request → ready: median ${pct(50)} ms, p95 ${pct(95)} ms, max ${latencies.at(-1)} ms`);
    console.log(`process memory (rss): ${(rssBefore / 2 ** 20).toFixed(0)} MiB before the worker, ${(peakRss / 2 ** 20).toFixed(0)} MiB peak`);
  } finally {
    await env.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
