// Starts a worker on the process's database with every handler. The web process starts one
// (unless FLOTILLA_WORKER=off); `npm run worker` runs one on its own.
import 'server-only';
import { getDb } from '@/lib/db/client';
import { reconcilerHandlers } from './handlers';
import { Worker } from './worker';

const globalForWorker = globalThis as unknown as { flotillaWorker?: Worker };

/** Starts the process's worker once; a second call returns the running one. */
export async function startWorker(): Promise<Worker> {
  if (globalForWorker.flotillaWorker) return globalForWorker.flotillaWorker;
  const worker = new Worker({ db: await getDb(), handlers: reconcilerHandlers() });
  globalForWorker.flotillaWorker = worker;
  worker.start();
  console.log(`[flotilla] reconciler worker ${worker.id} started`);
  return worker;
}
