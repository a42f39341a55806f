// The one place that chooses the database: node-postgres when DATABASE_URL is set, otherwise
// an embedded PGlite in the data directory. Everything else sees one Drizzle type.
import 'server-only';
import path from 'node:path';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { getConfig } from '@/lib/config';
import * as schema from './schema';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  db: Database;
  mode: 'postgres' | 'embedded';
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'drizzle');
const MIGRATION_LOCK_ID = 7_141_017_001;

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<DatabaseHandle> {
  if (opts.databaseUrl) {
    const { Pool } = await import('pg');
    const { drizzle } = await import('drizzle-orm/node-postgres');
    const { migrate } = await import('drizzle-orm/node-postgres/migrator');
    const pool = new Pool({ connectionString: opts.databaseUrl, max: 10, connectionTimeoutMillis: 5_000 });
    // An idle client losing its server (a restart) must not crash the process; the pool
    // replaces it on the next query.
    pool.on('error', (err) => console.error('[db] idle connection error:', err.message));
    const db = drizzle(pool, { schema });
    return {
      db,
      mode: 'postgres',
      // Replicas start together: an advisory lock lets exactly one apply the migrations while
      // the others wait and then find nothing to do.
      migrate: async () => {
        const client = await pool.connect();
        try {
          await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
          await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS_FOLDER });
        } finally {
          await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const { PGlite } = await import('@electric-sql/pglite');
  const { drizzle } = await import('drizzle-orm/pglite');
  const { migrate } = await import('drizzle-orm/pglite/migrator');
  const client = await PGlite.create(path.join(opts.dataDir, 'pglite'));
  const db = drizzle(client, { schema });
  return {
    db,
    mode: 'embedded',
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => client.close(),
  };
}

// Next.js may load this module more than once (dev reloads, separate route bundles); one
// process must still hold one pool or one PGlite, so the handle lives on globalThis.
const globalForDb = globalThis as unknown as { flotillaDb?: Promise<DatabaseHandle> };

/** The process's database, opened and migrated on first use. */
export function getDatabase(): Promise<DatabaseHandle> {
  globalForDb.flotillaDb ??= (async () => {
    const config = getConfig();
    const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
    await handle.migrate();
    return handle;
  })().catch((err) => {
    globalForDb.flotillaDb = undefined;
    throw err;
  });
  return globalForDb.flotillaDb;
}

export async function getDb(): Promise<Database> {
  return (await getDatabase()).db;
}

export async function closeDatabase(): Promise<void> {
  const handle = globalForDb.flotillaDb;
  globalForDb.flotillaDb = undefined;
  if (handle) await (await handle).close();
}

/** A transaction, or the database itself: what writers that join a caller's transaction take. */
export type Executor = Database | Parameters<Parameters<Database['transaction']>[0]>[0];
