// Retry delays for failed operations: capped exponential backoff with full jitter, so a cluster
// that comes back is not hit by every waiting operation at the same instant.
export const BACKOFF_BASE_MS = 1_000;
export const BACKOFF_CAP_MS = 5 * 60_000;

/** The delay before attempt `attempts + 1`, given how many attempts have failed. */
export function backoffDelayMs(attempts: number, random: () => number = Math.random, capMs = BACKOFF_CAP_MS): number {
  const exponential = Math.min(capMs, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  // Full jitter over the upper half keeps a floor, so retries never pile up at zero delay.
  return Math.round(exponential / 2 + random() * (exponential / 2));
}
