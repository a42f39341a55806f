// Starts a worker on the process's database with every handler, and its status poller. The web
// process starts one (unless FLOTILLA_WORKER=off); `npm run worker` runs one on its own.
import 'server-only';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { clusterClientFor } from '@/lib/clusters';
import { cachedClusterClients } from './client-cache';
import { reconcilerHandlers } from './handlers';
import { StatusPoller } from './status-poller';
import { Worker } from './worker';

const globalForWorker = globalThis as unknown as { flotillaWorker?: Worker; flotillaStatusPoller?: StatusPoller };

/** Starts the process's worker once; a second call returns the running one. */
export async function startWorker(): Promise<Worker> {
  if (globalForWorker.flotillaWorker) return globalForWorker.flotillaWorker;
  const apiFor = cachedClusterClients((id) => clusterClientFor(id));
  const worker = new Worker({ db: await getDb(), handlers: reconcilerHandlers(apiFor) });
  globalForWorker.flotillaWorker = worker;
  worker.start();
  // Status comes back through the same process: each cluster is watched and read by the one
  // worker that holds its status lease.
  const poller = new StatusPoller({ db: await getDb(), apiFor, watchFor: (id) => clusterClientFor(id), intervalMs: getConfig().statusPollMs });
  globalForWorker.flotillaStatusPoller = poller;
  poller.start();
  console.log(`[flotilla] reconciler worker ${worker.id} started`);
  return worker;
}

/** Stops the process's worker and status poller, handing the clusters' status to other workers. */
export async function stopWorker(): Promise<void> {
  await Promise.all([globalForWorker.flotillaStatusPoller?.stop(), globalForWorker.flotillaWorker?.stop()]);
  globalForWorker.flotillaStatusPoller = undefined;
  globalForWorker.flotillaWorker = undefined;
}
