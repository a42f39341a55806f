// Playwright global setup: a throwaway PostgreSQL and the built console served by `next start`
// against it. Returns the teardown that stops both.
import { randomBytes } from 'node:crypto';
import { startNextServer } from './next-server';
import { startTestPostgres } from './postgres';

export default async function globalSetup() {
  const pg = await startTestPostgres();
  const databaseUrl = pg.createDatabase('flotilla_e2e');
  const port = Number(process.env.FLOTILLA_E2E_PORT);
  const server = await startNextServer({
    port,
    env: {
      DATABASE_URL: databaseUrl,
      FLOTILLA_SECRET_KEY: randomBytes(32).toString('base64'),
      AUTH_SECRET: randomBytes(32).toString('base64'),
      FLOTILLA_PUBLIC_URL: `http://127.0.0.1:${port}`,
      FLOTILLA_CLUSTER_ADDRESSES: 'loopback',
      // No FLOTILLA_STATUS_POLL_MS: the default resync is 30 s, so the status these suites wait
      // for (15 s at most) arrives through the clusters' watches.
    },
  });
  console.log(`[harness] console serving at ${server.url}`);
  return async () => {
    await server.stop();
    pg.stop();
  };
}
