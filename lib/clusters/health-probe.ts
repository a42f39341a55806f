// The background health probe: every registered cluster (of every organization) is checked on
// its own schedule: reachable, authentication failed, unreachable or CRDs missing. Each probe
// has a hard deadline, failing clusters back off, and probes run concurrently, so one slow or
// dead cluster never delays another. Started once per web process from instrumentation.ts.
import 'server-only';
import { eq } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { clusters } from '@/lib/db/schema';
import type { ClusterHealth, ConnectionReport } from '@/lib/validation/clusters';
import { credentialsUnreadableReport } from './check-connection';
import { connectionOf } from './connection';
import { runConnectionTest } from './connection-test';
import { CredentialsUnreadableError } from './credentials-crypto';
import { recordHealth } from './health';
import { describeError } from '@/lib/api/errors';

export const PROBE_INTERVAL_MS = 15_000;
const MAX_BACKOFF_MS = 5 * 60_000;
const PROBE_DEADLINE_MS = 10_000;
const TICK_MS = 2_000;
const MAX_IN_FLIGHT = 32;

function deadlineReport(ms: number): ConnectionReport {
  const summary = `The cluster did not complete a health check within ${ms / 1000} s.`;
  return { checkedAt: new Date().toISOString(), health: 'unreachable', problem: 'unreachable', summary, durationMs: ms, steps: [{ name: 'Connection', ok: false, detail: summary }], identity: null, kubernetesVersion: null, crds: null, permissions: null };
}

/** Probes one cluster now and records the result; returns the health recorded (null if the cluster is gone). */
export async function probeClusterOnce(clusterId: string, opts: { deadlineMs?: number } = {}): Promise<ClusterHealth | null> {
  const deadlineMs = opts.deadlineMs ?? PROBE_DEADLINE_MS;
  const db = await getDb();
  const [row] = await db.select().from(clusters).where(eq(clusters.id, clusterId));
  if (!row) return null;
  let report: ConnectionReport;
  try {
    const connection = connectionOf(row);
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<ConnectionReport>((resolve) => (timer = setTimeout(() => resolve(deadlineReport(deadlineMs)), deadlineMs)));
    // Each request also has its own timeout, so an abandoned test still ends and closes its sockets.
    report = await Promise.race([runConnectionTest(connection, { permissions: false, timeoutMs: Math.min(deadlineMs, 5_000) }), deadline]);
    clearTimeout(timer);
  } catch (err) {
    if (!(err instanceof CredentialsUnreadableError)) throw err;
    report = credentialsUnreadableReport(err.message);
  }
  await recordHealth(db, row.id, row.credentialsCiphertext, report, false);
  return report.health;
}

interface Schedule {
  nextAt: number;
  failures: number;
}

/** How long to wait after a probe: the interval when healthy, doubling (capped) while failing. */
export function nextDelayMs(failures: number): number {
  return failures === 0 ? PROBE_INTERVAL_MS : Math.min(PROBE_INTERVAL_MS * 2 ** (failures - 1), MAX_BACKOFF_MS);
}

const globalForProbe = globalThis as unknown as { flotillaHealthProbe?: { stop(): void } };

/** Starts the probe loop (once per process; a second call returns the running one). */
export function startHealthProbes(): { stop(): void } {
  // Not while `next build` prerenders, and not inside test runners.
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.VITEST) return { stop() {} };
  if (globalForProbe.flotillaHealthProbe) return globalForProbe.flotillaHealthProbe;
  const schedules = new Map<string, Schedule>();
  const inFlight = new Set<string>();
  let stopped = false;

  const tick = async () => {
    const rows = await (await getDb()).select({ id: clusters.id }).from(clusters);
    const now = Date.now();
    const known = new Set(rows.map((r) => r.id));
    for (const id of schedules.keys()) if (!known.has(id)) schedules.delete(id);
    for (const { id } of rows) {
      const s = schedules.get(id) ?? { nextAt: now, failures: 0 };
      schedules.set(id, s);
      if (s.nextAt > now || inFlight.has(id) || inFlight.size >= MAX_IN_FLIGHT) continue;
      inFlight.add(id);
      // Not awaited: every cluster's probe runs on its own.
      void probeClusterOnce(id)
        .then((health) => {
          s.failures = health === 'reachable' ? 0 : s.failures + 1;
        })
        .catch((err) => {
          s.failures += 1;
          console.error(`[health] probe of cluster ${id} failed: ${describeError(err)}`);
        })
        .finally(() => {
          s.nextAt = Date.now() + nextDelayMs(s.failures);
          inFlight.delete(id);
        });
    }
  };

  const timer = setInterval(() => {
    if (!stopped) tick().catch((err) => console.error(`[health] cannot list clusters: ${describeError(err)}`));
  }, TICK_MS);
  timer.unref();
  const handle = {
    stop() {
      stopped = true;
      clearInterval(timer);
      globalForProbe.flotillaHealthProbe = undefined;
    },
  };
  globalForProbe.flotillaHealthProbe = handle;
  return handle;
}
