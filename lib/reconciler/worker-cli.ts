// `npm run worker`: a reconciler worker as its own process, for production deployments that
// run workers apart from the web replicas. Any number may run: they coordinate through Postgres.
import { closeDatabase, getDatabase } from '@/lib/db/client';
import { startWorker, stopWorker } from './start';

async function main() {
  await getDatabase();
  await startWorker();
  const stop = async () => {
    await stopWorker();
    await closeDatabase();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
