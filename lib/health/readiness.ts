// Readiness: the database answers and has every migration this build expects. Unauthenticated
// callers see the verdict, never the underlying error (it goes to the log).
import 'server-only';
import { sql } from 'drizzle-orm';
import { getDatabase } from '@/lib/db/client';
import { appliedMigrationCount, expectedMigrationCount } from '@/lib/db/migrations';
import { describeError } from '@/lib/api/errors';

export interface Readiness {
  ready: boolean;
  checks: {
    database: { ok: boolean; mode?: 'postgres' | 'embedded'; message?: string };
    migrations: { ok: boolean; applied?: number; expected: number };
  };
}

const CHECK_TIMEOUT_MS = 3_000;

export async function checkReadiness(): Promise<Readiness> {
  const expected = expectedMigrationCount();
  try {
    const { db, mode } = await withTimeout(getDatabase(), CHECK_TIMEOUT_MS);
    await withTimeout(db.execute(sql`select 1`), CHECK_TIMEOUT_MS);
    const applied = await withTimeout(appliedMigrationCount(db), CHECK_TIMEOUT_MS);
    const migrationsOk = applied >= expected;
    return {
      ready: migrationsOk,
      checks: { database: { ok: true, mode }, migrations: { ok: migrationsOk, applied, expected } },
    };
  } catch (err) {
    console.error(`[readyz] database check failed: ${describeError(err)}`);
    return {
      ready: false,
      checks: { database: { ok: false, message: 'database unreachable' }, migrations: { ok: false, expected } },
    };
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
