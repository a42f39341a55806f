// Vitest global setup for integration suites: one throwaway PostgreSQL (migrated once) for the
// whole run, its URL provided to every test file; everything is stopped at the end.
import type { TestProject } from 'vitest/node';
import { openDatabase } from '@/lib/db/client';
import { startTestPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test server's maintenance database (to create fresh databases). */
    postgresAdminUrl: string;
    /** The migrated database shared by the suites. */
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const started = Date.now();
  const pg = await startTestPostgres();
  const databaseUrl = pg.createDatabase(`flotilla_test_${process.pid}`);
  // Migrate once here: test files then share a ready schema instead of racing to create it.
  const handle = await openDatabase({ databaseUrl, dataDir: '' });
  await handle.migrate();
  await handle.close();
  console.log(`[harness] PostgreSQL ready in ${Date.now() - started} ms`);
  project.provide('postgresAdminUrl', pg.url);
  project.provide('databaseUrl', databaseUrl);
  return async () => {
    pg.stop();
  };
}
