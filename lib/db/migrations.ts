// Which migrations this build expects, and whether the database has them all.
import 'server-only';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql, type SQL } from 'drizzle-orm';
import { MIGRATIONS_FOLDER, type Database } from './client';

interface Journal {
  entries: { tag: string }[];
}

export function expectedMigrationCount(): number {
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal.entries.length;
}

/** Number of migrations recorded as applied; 0 when the migrations table does not exist yet. */
export async function appliedMigrationCount(db: Database): Promise<number> {
  const exists = await firstValue(db, sql`select to_regclass('drizzle.__drizzle_migrations') is not null as v`);
  if (!exists) return 0;
  return Number(await firstValue(db, sql`select count(*) as v from drizzle.__drizzle_migrations`));
}

// node-postgres and PGlite both answer `execute` with `{ rows }`.
async function firstValue(db: Database, query: SQL): Promise<unknown> {
  const result = (await db.execute(query)) as unknown as { rows: { v: unknown }[] };
  return result.rows[0]?.v;
}
