// What a server action returns: `{ ok: true, ...data }` or `{ ok: false, message, fieldErrors }`.
// `toActionError` is the one place a server action turns a thrown error into that value; an
// untyped error is logged by name and message only and answered generically.
import { unstable_rethrow } from 'next/navigation';
import { AppError, ValidationError, type FieldErrors } from '@/lib/errors';
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
