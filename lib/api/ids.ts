// Ids arrive in URLs as text: anything that is not a uuid cannot name a row, so services treat
// it as not found instead of letting Postgres reject the cast (a 500).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}
