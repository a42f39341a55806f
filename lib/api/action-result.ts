// What a server action returns: `{ ok: true, ...data }` or `{ ok: false, message, fieldErrors }`.
// `toActionError` is the one place a server action turns a thrown error into that value; an
// untyped error is logged by name and message only and answered generically. Changes guarded by
// a version (If-Match) add `ChangeResult`: a stale version is answered as `stale`, so the page
// can offer to reload.
import { unstable_rethrow } from 'next/navigation';
import { AppError, PreconditionFailedError, ValidationError, type FieldErrors } from '@/lib/errors';
import { describeError } from './errors';

export type ActionResult<T extends object = object> = ({ ok: true } & T) | { ok: false; message: string; fieldErrors: FieldErrors };

export function toActionError(err: unknown): { ok: false; message: string; fieldErrors: FieldErrors } {
  if (err instanceof AppError) {
    return { ok: false, message: err.message, fieldErrors: err instanceof ValidationError ? err.fieldErrors : {} };
  }
  // Next's redirect() and notFound() are thrown on purpose and must keep propagating.
  unstable_rethrow(err);
  console.error(`[action] failed: ${describeError(err)}`);
  return { ok: false, message: 'Something went wrong on our side. Try again.', fieldErrors: {} };
}

export type ChangeResult<T extends object = object> = ActionResult<T> | { ok: false; stale: true; message: string; fieldErrors: FieldErrors };

/** Server actions take any value from the client: the version must be the integer the page read. */
export function versionOf(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  throw new ValidationError({ version: ['Send the version you read.'] });
}

/** Like toActionError, but a version that no longer matches says that `name` changed meanwhile. */
export function toChangeError(err: unknown, name: string): ChangeResult<never> {
  if (err instanceof PreconditionFailedError) {
    return { ok: false, stale: true, message: `${name} changed since you opened it: reload to see the current version, then try again.`, fieldErrors: {} };
  }
  return toActionError(err);
}
