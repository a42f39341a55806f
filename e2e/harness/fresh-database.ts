// Integration tests that need an empty database (migrations from scratch, outages) create one
// of their own on the test server.
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export async function createFreshDatabase(adminUrl: string, prefix = 'fresh'): Promise<string> {
  const name = `${prefix}_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
