// Failed-attempt limits (sign-in, API tokens), counted in Postgres so they hold across restarts
// and replicas: at most `maxFailures` failures of a key in a fixed window of WINDOW_MS, after
// which the key is refused until the window ends. Callers choose keys so that failures can
// only ever count against the one who made them (see lib/auth/credentials.ts).
import 'server-only';
import { and, eq, gt, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { rateLimits } from '@/lib/db/schema';
import { RateLimitedError } from '@/lib/errors';

export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

/** Seconds until `key` may try again, or null while it has failures left. */
export async function retryAfterOf(key: string, maxFailures = MAX_FAILURES): Promise<number | null> {
  const db = await getDb();
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row) return null;
  const endsAt = row.windowStartedAt.getTime() + WINDOW_MS;
  return row.count >= maxFailures && endsAt > Date.now() ? Math.ceil((endsAt - Date.now()) / 1000) : null;
}

/** Throws RateLimitedError (429, with the seconds to wait) when `key` has used up its failures. */
export async function checkRateLimit(key: string, maxFailures = MAX_FAILURES): Promise<void> {
  const retryAfter = await retryAfterOf(key, maxFailures);
  if (retryAfter !== null) throw new RateLimitedError(retryAfter);
}

/** Counts one failure; a window that has ended starts over. */
export async function recordFailure(key: string): Promise<void> {
  const db = await getDb();
  const windowSeconds = WINDOW_MS / 1000;
  await db
    .insert(rateLimits)
    .values({ key, count: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        count: sql`case when ${rateLimits.windowStartedAt} < now() - make_interval(secs => ${windowSeconds}) then 1 else ${rateLimits.count} + 1 end`,
        windowStartedAt: sql`case when ${rateLimits.windowStartedAt} < now() - make_interval(secs => ${windowSeconds}) then now() else ${rateLimits.windowStartedAt} end`,
      },
    });
}

/** Forgets a key's failures (after a successful sign-in). */
export async function resetRateLimit(key: string): Promise<void> {
  const db = await getDb();
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/**
 * Marks `key` as having succeeded now: a row with no failures whose window start is the time
 * of the success. Kept in this table so that sign-in state lives in one place.
 */
export async function recordSuccess(key: string): Promise<void> {
  const db = await getDb();
  await db
    .insert(rateLimits)
    .values({ key, count: 0 })
    .onConflictDoUpdate({ target: rateLimits.key, set: { count: 0, windowStartedAt: sql`now()` } });
}

/** Whether recordSuccess(key) happened within the last `withinMs`. */
export async function succeededWithin(key: string, withinMs: number): Promise<boolean> {
  const db = await getDb();
  const since = new Date(Date.now() - withinMs);
  const [row] = await db.select({ key: rateLimits.key }).from(rateLimits).where(and(eq(rateLimits.key, key), gt(rateLimits.windowStartedAt, since)));
  return row !== undefined;
}
