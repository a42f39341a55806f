// Ids arrive in URLs as text: anything that is not a uuid cannot name a row, so services treat
// it as not found instead of letting Postgres reject the cast (a 500).
import { NotFoundError } from '@/lib/errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A path segment that must name a row by uuid; anything else is that row not being found. */
export function pathId(value: string | undefined, what: string): string {
  if (!isUuid(value)) throw new NotFoundError(what);
  return value;
}
