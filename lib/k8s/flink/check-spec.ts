// One call for services and forms: parse a spec with its zod schema, fill in the newest Flink
// version the cluster supports when none was chosen, then apply the operator's rules. Field
// errors from either step use the form's field paths. Pure.
import type { FieldErrors } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/api/parse';
import { ApplicationSpec, SessionJobSpec, SessionSpec } from '@/lib/validation/flink';
import { newestFlinkVersion, validateApplication, validateSession, validateSessionJob, type SessionJobContext, type ValidationContext } from './validate';

export type CheckResult<T> = { ok: true; spec: T } | { ok: false; fieldErrors: FieldErrors };

function finish<T>(spec: T, fieldErrors: FieldErrors): CheckResult<T> {
  return Object.keys(fieldErrors).length === 0 ? { ok: true, spec } : { ok: false, fieldErrors };
}

export function checkApplication(input: unknown, ctx: ValidationContext): CheckResult<ApplicationSpec> {
  const parsed = ApplicationSpec.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const spec = { ...parsed.data, flinkVersion: parsed.data.flinkVersion ?? newestFlinkVersion(ctx.flinkVersions) };
  return finish(spec, validateApplication(spec, ctx));
}

export function checkSession(input: unknown, ctx: ValidationContext): CheckResult<SessionSpec> {
  const parsed = SessionSpec.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const spec = { ...parsed.data, flinkVersion: parsed.data.flinkVersion ?? newestFlinkVersion(ctx.flinkVersions) };
  return finish(spec, validateSession(spec, ctx));
}

export function checkSessionJob(input: unknown, ctx: SessionJobContext = {}): CheckResult<SessionJobSpec> {
  const parsed = SessionJobSpec.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  return finish(parsed.data, validateSessionJob(parsed.data, ctx));
}
