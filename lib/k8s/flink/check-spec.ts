// One call for services and forms: parse a spec with its zod schema, fill in the newest Flink
// version the cluster supports when none was chosen, then apply the operator's rules. Field
// errors from either step use the form's field paths, all in one answer: a field the schema does
// not know is reported beside the operator's rules on the rest, never instead of them. Pure.
import type { z } from 'zod';
import type { FieldErrors } from '@/lib/errors';
import { fieldErrorsOf } from '@/lib/api/parse';
import { ApplicationSpec, SessionJobSpec, SessionSpec } from '@/lib/validation/flink';
import { newestFlinkVersion, validateApplication, validateSession, validateSessionJob, type SessionJobContext, type ValidationContext } from './validate';

export type CheckResult<T> = { ok: true; spec: T } | { ok: false; fieldErrors: FieldErrors };

function finish<T>(spec: T, fieldErrors: FieldErrors): CheckResult<T> {
  return Object.keys(fieldErrors).length === 0 ? { ok: true, spec } : { ok: false, fieldErrors };
}

/** The input without the fields the schema does not know, or null when there are none. */
function withoutUnknownFields(input: unknown, error: z.ZodError): unknown {
  const unknown = error.issues.filter((issue) => issue.code === 'unrecognized_keys');
  if (unknown.length === 0) return null;
  const copy: unknown = structuredClone(input);
  for (const issue of unknown) {
    const target = issue.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), copy);
    if (target && typeof target === 'object') for (const key of issue.keys) delete (target as Record<string, unknown>)[key];
  }
  return copy;
}

/**
 * Parses with the schema; when only unknown fields stop it, parses once more without them so the
 * operator's rules can still judge the rest. Returns the spec (if any) and the schema's errors.
 */
function parseSpec<S extends z.ZodType>(schema: S, input: unknown): { spec: z.output<S> | null; errors: FieldErrors } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { spec: parsed.data, errors: {} };
  const stripped = withoutUnknownFields(input, parsed.error);
  const retried = stripped === null ? null : schema.safeParse(stripped);
  return { spec: retried?.success ? retried.data : null, errors: fieldErrorsOf(parsed.error) };
}

// Unknown fields' paths never name a known field, so the two sets of errors cannot collide.
export function checkApplication(input: unknown, ctx: ValidationContext): CheckResult<ApplicationSpec> {
  const { spec: parsed, errors } = parseSpec(ApplicationSpec, input);
  if (!parsed) return { ok: false, fieldErrors: errors };
  const spec = { ...parsed, flinkVersion: parsed.flinkVersion ?? newestFlinkVersion(ctx.flinkVersions) };
  return finish(spec, { ...validateApplication(spec, ctx), ...errors });
}

export function checkSession(input: unknown, ctx: ValidationContext): CheckResult<SessionSpec> {
  const { spec: parsed, errors } = parseSpec(SessionSpec, input);
  if (!parsed) return { ok: false, fieldErrors: errors };
  const spec = { ...parsed, flinkVersion: parsed.flinkVersion ?? newestFlinkVersion(ctx.flinkVersions) };
  return finish(spec, { ...validateSession(spec, ctx), ...errors });
}

export function checkSessionJob(input: unknown, ctx: SessionJobContext = {}): CheckResult<SessionJobSpec> {
  const { spec, errors } = parseSpec(SessionJobSpec, input);
  if (!spec) return { ok: false, fieldErrors: errors };
  return finish(spec, { ...validateSessionJob(spec, ctx), ...errors });
}
