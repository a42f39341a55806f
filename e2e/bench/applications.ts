// `npm run bench:applications [count]`: creates COUNT (default 200) applications in one workspace
// on the local control plane through the service, the reconciler and the status watches, with the
// operator stand-in reporting each one running as soon as it is applied. Prints the time from
// request to applied and from the operator's report to running in Postgres (what the console
// shows), how long one status read of the cluster takes with COUNT objects, and memory. Prints
// figures; asserts nothing.
import { inArray } from 'drizzle-orm';
import { kubeApiFor } from '../harness/kube-api-adapter';
import { writeStatus } from '../harness/operator-stand-in';
import { runningApplicationStatus } from '../harness/operator-status';
import { percentile, startBenchEnv } from './bench-env';

const summary = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${percentile(sorted, 50)} ms, p95 ${percentile(sorted, 95)} ms, max ${sorted.at(-1)} ms`;
};

async function main() {
  const count = Number(process.argv[2] ?? 200);
  const env = await startBenchEnv({ flinkVersions: ['v1_19', 'v1_20'] });
  const { db, schema, ctx, admin } = env;
  const { Worker } = await import('@/lib/reconciler/worker');
  const { reconcilerHandlers } = await import('@/lib/reconciler/handlers');
  const { observeCluster } = await import('@/lib/flink-resources/observe');
  const { StatusPoller } = await import('@/lib/reconciler/status-poller');
  const { createClusterClient } = await import('@/lib/k8s/cluster-client');
  const { createWorkspace } = await import('@/lib/workspaces');
  const { createApplication } = await import('@/lib/applications');
  try {
    const apiFor = async () => kubeApiFor(env.restricted);
    const { url, caPem, token } = env.restricted;
    const connection = { apiServerUrl: url, caPem, tlsServerName: null, insecureSkipTlsVerify: false, credentials: { kind: 'token' as const, token } };
    const worker = new Worker({ db, handlers: reconcilerHandlers(apiFor), pollMs: 100, log: () => {} });
    // As the console runs it: watches bring changes, a resync every 30 s.
    const poller = new StatusPoller({ db, apiFor, watchFor: async () => createClusterClient(connection), intervalMs: 30_000, log: (line) => console.log(line) });
    worker.start();
    poller.start();
    const ws = await createWorkspace(ctx, { name: 'bench', cluster: 'local', quota: { maxDeployments: count + 10 } });
    while ((await db.select().from(schema.workspaces)).some((w) => w.id === ws.id && w.state !== 'ready')) await new Promise((r) => setTimeout(r, 100));
    // The poller starts watching a cluster within 2 s of its first workspace.
    await new Promise((r) => setTimeout(r, 2_500));
    const rssBefore = process.memoryUsage().rss;

    const requestedAt = new Map<string, number>();
    const names = new Map<string, string>();
    const started = Date.now();
    for (let i = 0; i < count; i++) {
      const app = await createApplication(ctx, 'bench', { name: `app-${i}`, image: 'flink:1.20', jarURI: 'local:///opt/flink/examples/streaming/StateMachineExample.jar' });
      requestedAt.set(app.id, Date.now());
      names.set(app.id, app.name);
    }
    const appliedAt = new Map<string, number>();
    const reportedAt = new Map<string, number>();
    const runningAt = new Map<string, number>();
    let peakRss = process.memoryUsage().rss;
    const deadline = started + 15 * 60_000;
    // The operator stand-in reports each application running as soon as it is applied, on its own
    // loop, so the reading loop below times what Postgres shows without waiting for the writes.
    const toReport: string[] = [];
    const standIn = (async () => {
      while (reportedAt.size < count && Date.now() < deadline) {
        const id = toReport.shift();
        if (!id) {
          await new Promise((r) => setTimeout(r, 10));
          continue;
        }
        await writeStatus(admin, { kind: 'FlinkDeployment', namespace: 'bench', name: names.get(id)! }, runningApplicationStatus());
        reportedAt.set(id, Date.now());
      }
    })();
    while (runningAt.size < count && Date.now() < deadline) {
      const open = [...requestedAt.keys()].filter((id) => !runningAt.has(id));
      const rows = await db
        .select({ id: schema.flinkDeployments.id, applied: schema.flinkDeployments.appliedGeneration, state: schema.flinkDeployments.state })
        .from(schema.flinkDeployments)
        .where(inArray(schema.flinkDeployments.id, open));
      const now = Date.now();
      for (const r of rows) {
        if (r.applied > 0 && !appliedAt.has(r.id)) {
          appliedAt.set(r.id, now);
          toReport.push(r.id);
        }
        if (r.state === 'running' && reportedAt.has(r.id)) runningAt.set(r.id, now);
      }
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
      await new Promise((r) => setTimeout(r, 20));
    }
    await standIn;
    await Promise.all([poller.stop(), worker.stop()]);
    const reads: number[] = [];
    for (let i = 0; i < 10; i++) {
      const t = Date.now();
      await observeCluster(db, env.clusterId, await apiFor());
      reads.push(Date.now() - t);
    }
    const ids = [...runningAt.keys()];
    console.log(`applications: ${count} requested, ${appliedAt.size} applied, ${runningAt.size} shown running, in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`request → applied to the cluster: ${summary([...appliedAt.entries()].map(([id, t]) => t - requestedAt.get(id)!))}`);
    console.log(`operator's report → running in Postgres (watch, resync every 30 s): ${summary(ids.map((id) => runningAt.get(id)! - reportedAt.get(id)!))}`);
    console.log(`one status read of the cluster with ${count} applications: ${summary(reads)}`);
    console.log(`process memory (rss): ${(rssBefore / 2 ** 20).toFixed(0)} MiB before, ${(peakRss / 2 ** 20).toFixed(0)} MiB peak`);
  } finally {
    await env.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
