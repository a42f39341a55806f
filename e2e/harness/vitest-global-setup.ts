// Vitest global setup for integration suites: one throwaway PostgreSQL (migrated once) and one
// local Kubernetes control plane with the Flink CRDs for the whole run, provided to every test
// file; everything is stopped at the end. If either cannot start, the run fails with the reason.
import type { TestProject } from 'vitest/node';
import { openDatabase } from '@/lib/db/client';
import { startControlPlane } from './control-plane';
import { startTestPostgres } from './postgres';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Superuser URL of the test server's maintenance database (to create fresh databases). */
    postgresAdminUrl: string;
    /** The migrated database shared by the suites. */
    databaseUrl: string;
    /** The shared control plane: API server URL, CA and the tokens of its identities. */
    kube: { url: string; caPem: string; adminToken: string; restrictedToken: string; unprivilegedToken: string };
  }
}

export default async function setup(project: TestProject) {
  let started = Date.now();
  const pg = await startTestPostgres();
  const databaseUrl = pg.createDatabase(`flotilla_test_${process.pid}`);
  // Migrate once here: test files then share a ready schema instead of racing to create it.
  const handle = await openDatabase({ databaseUrl, dataDir: '' });
  await handle.migrate();
  await handle.close();
  console.log(`[harness] PostgreSQL ready in ${Date.now() - started} ms`);

  started = Date.now();
  const kube = await startControlPlane().catch((err) => {
    pg.stop();
    throw err;
  });
  console.log(`[harness] Kubernetes control plane with Flink CRDs ready in ${Date.now() - started} ms at ${kube.url}`);

  project.provide('postgresAdminUrl', pg.url);
  project.provide('databaseUrl', databaseUrl);
  project.provide('kube', {
    url: kube.url,
    caPem: kube.caPem,
    adminToken: kube.adminToken,
    restrictedToken: kube.restrictedToken,
    unprivilegedToken: kube.unprivilegedToken,
  });
  return async () => {
    await kube.stop();
    pg.stop();
  };
}
