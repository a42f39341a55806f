// Failed-attempt limits (sign-in per account and per client address, API tokens per address),
// counted in Postgres so they hold across restarts and replicas: at most MAX_FAILURES failures
// in a fixed window of WINDOW_MS, after which the key is refused until the window ends.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { getDb } from '@/lib/db/client';
import { rateLimits } from '@/lib/db/schema';
import { RateLimitedError } from '@/lib/errors';

export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60_000;

/** Throws RateLimitedError (429, with the seconds to wait) when `key` has used up its failures. */
export async function checkRateLimit(key: string): Promise<void> {
  const db = await getDb();
  const [row] = await db.select().from(rateLimits).where(eq(rateLimits.key, key));
  if (!row) return;
  const endsAt = row.windowStartedAt.getTime() + WINDOW_MS;
  if (row.count >= MAX_FAILURES && endsAt > Date.now()) {
    throw new RateLimitedError(Math.ceil((endsAt - Date.now()) / 1000));
  }
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
