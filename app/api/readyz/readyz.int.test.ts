// /api/readyz follows the database: not ready while its server is down, ready again when it
// returns, with no restart of the app in between.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestPostgres, type TestPostgres } from '@/e2e/harness/postgres';

let pg: TestPostgres;
let GET: () => Promise<Response>;

beforeAll(async () => {
  // A server of its own: stopping the shared one would break the other suites.
  pg = await startTestPostgres();
  process.env.DATABASE_URL = pg.createDatabase('readyz');
  ({ GET } = await import('./route'));
});
afterAll(async () => {
  const { closeDatabase } = await import('@/lib/db/client');
  await closeDatabase();
  pg.stop();
});

async function readyz() {
  const res = await GET();
  return { status: res.status, body: (await res.json()) as { status: string; checks: Record<string, { ok: boolean }> } };
}

describe('GET /api/readyz', () => {
  it('is ready with the database up and migrated', async () => {
    const { status, body } = await readyz();
    expect(status).toBe(200);
    expect(body.status).toBe('ready');
    expect(body.checks.migrations!.ok).toBe(true);
  });

  it('reports a stopped database as not ready, and recovers when it returns', async () => {
    pg.stopServer();
    const down = await readyz();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ status: 'not_ready', checks: { database: { ok: false } } });
    // The cause stays in the log; an unauthenticated caller learns nothing about the network.
    expect(JSON.stringify(down.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);

    pg.startServer();
    const up = await readyz();
    expect(up.status).toBe(200);
    expect(up.body.status).toBe('ready');
  });
});
