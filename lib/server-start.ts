// What the web process does once at start: validate the configuration and migrate the
// database, so a misconfigured server fails at start with a clear message instead of on the
// first request; then start the background work (cluster health probes, the reconciler).
import 'server-only';
import { getConfig } from '@/lib/config';
import { getDatabase } from '@/lib/db/client';
import { describeError } from '@/lib/api/errors';

export async function startServer(): Promise<void> {
  try {
    getConfig();
  } catch (err) {
    // A misconfigured server must not look alive: say what is wrong and stop.
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  try {
    const handle = await getDatabase();
    console.log(`[flotilla] database ready (${handle.mode})`);
  } catch (err) {
    // The server keeps running so /api/readyz can report the outage and recover on its own.
    console.error(`[flotilla] database not ready at start: ${describeError(err)}`);
  }
  // Not while `next build` prerenders pages.
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  (await import('@/lib/clusters/health-probe')).startHealthProbes();
  if (getConfig().worker === 'in-process') await (await import('@/lib/reconciler/start')).startWorker();
}
