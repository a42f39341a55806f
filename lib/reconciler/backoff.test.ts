import { describe, expect, it } from 'vitest';
import { BACKOFF_CAP_MS, backoffDelayMs } from './backoff';

describe('backoffDelayMs', () => {
  it('doubles with each failed attempt, within its jitter band', () => {
    expect(backoffDelayMs(1, () => 0)).toBe(500);
    expect(backoffDelayMs(1, () => 1)).toBe(1_000);
    expect(backoffDelayMs(4, () => 0)).toBe(4_000);
    expect(backoffDelayMs(4, () => 1)).toBe(8_000);
  });

  it('never exceeds the cap however many attempts failed', () => {
    for (const attempts of [20, 100, 1_000]) {
      expect(backoffDelayMs(attempts, () => 1)).toBe(BACKOFF_CAP_MS);
      expect(backoffDelayMs(attempts, () => 0)).toBe(BACKOFF_CAP_MS / 2);
    }
  });

  it('spreads retries of the same attempt apart', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelayMs(5)));
    expect(delays.size).toBeGreaterThan(10);
  });
});
