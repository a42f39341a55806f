// Failed attempts are limited per key, in Postgres: the eleventh failure within the window is
// refused with the time to wait; another key is unaffected; a reset clears it.
import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { getDb } from '@/lib/db/client';
import { RateLimitedError } from '@/lib/errors';
import { checkRateLimit, MAX_FAILURES, recordFailure, resetRateLimit } from './rate-limit';

describe('rate limits', () => {
  it(`refuses a key after ${MAX_FAILURES} failures, with a retry time, and leaves other keys alone`, async () => {
    const key = `test:${randomUUID()}`;
    for (let i = 0; i < MAX_FAILURES; i++) {
      await checkRateLimit(key);
      await recordFailure(key);
    }
    const refused = await checkRateLimit(key).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(RateLimitedError);
    expect((refused as RateLimitedError).retryAfterSeconds).toBeGreaterThan(14 * 60);
    await expect(checkRateLimit(`test:${randomUUID()}`)).resolves.toBeUndefined();
    await resetRateLimit(key);
    await expect(checkRateLimit(key)).resolves.toBeUndefined();
  });

  it('starts a new window once the old one has passed', async () => {
    const key = `test:${randomUUID()}`;
    for (let i = 0; i < MAX_FAILURES; i++) await recordFailure(key);
    const db = await getDb();
    await db.execute(sql`update rate_limits set window_started_at = now() - interval '16 minutes' where key = ${key}`);
    await expect(checkRateLimit(key)).resolves.toBeUndefined();
    await recordFailure(key);
    const result = await db.execute(sql`select count from rate_limits where key = ${key}`);
    expect((result as unknown as { rows: { count: number }[] }).rows[0]!.count).toBe(1);
  });
});
