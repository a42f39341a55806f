// Maps whatever a handler threw to the API's one error shape, `{ error: { code, message } }`,
// with the status of the typed error. Anything untyped is a 500 whose cause goes to the log as
// name and message only: request bodies, headers and stacks may carry secrets.
import { AppError, RateLimitedError, ValidationError } from '@/lib/errors';

export interface ApiErrorBody {
  error: { code: string; message: string; fieldErrors?: Record<string, string[]> };
}

export function errorResponse(err: unknown, requestId: string): Response {
  if (err instanceof AppError) {
    const body: ApiErrorBody = { error: { code: err.code, message: err.message } };
    if (err instanceof ValidationError) body.error.fieldErrors = err.fieldErrors;
    const headers: Record<string, string> = { 'x-request-id': requestId, 'cache-control': 'no-store' };
    if (err instanceof RateLimitedError) headers['retry-after'] = String(Math.max(1, Math.ceil(err.retryAfterSeconds)));
    return Response.json(body, { status: err.status, headers });
  }
  console.error(`[api] request ${requestId} failed: ${describeError(err)}`);
  return Response.json(
    { error: { code: 'internal', message: `Something went wrong on our side (request ${requestId}).` } } satisfies ApiErrorBody,
    { status: 500, headers: { 'x-request-id': requestId, 'cache-control': 'no-store' } },
  );
}

/**
 * A log-safe description of an untyped error. Database errors are reduced to their SQLSTATE
 * and constraint: Drizzle's message carries the query's parameters (hashes, ciphertexts, user
 * input) and Postgres' messages quote values.
 */
export function describeError(err: unknown): string {
  if (!(err instanceof Error)) return typeof err;
  const db = databaseCause(err);
  if (db) return `database error (SQLSTATE ${db.code}${db.constraint ? `, constraint ${db.constraint}` : ''})`;
  if ('query' in err && 'params' in err) return `${err.name} (database query failed)`;
  return `${err.name}: ${err.message}`;
}

function databaseCause(err: unknown): { code: string; constraint?: string } | undefined {
  for (let e = err as { code?: unknown; constraint?: unknown; cause?: unknown } | undefined, depth = 0; e && depth < 5; e = e.cause as typeof e, depth++) {
    if (typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code)) {
      return { code: e.code, constraint: typeof e.constraint === 'string' ? e.constraint : undefined };
    }
  }
  return undefined;
}
