// Where a Flink spec form (application, session, session job) shows each error: the field an
// error path belongs to (`taskManager.memory`, `args.0`, `labels.team`), the id of the control
// that shows it, and what is left over for the form-level alert, so none is ever lost. Pure.
import type { FieldErrors } from '@/lib/errors';

/** The id of the control that shows a field (and takes focus when it is wrong). */
export function specFieldId(idPrefix: string, field: string): string {
  return `${idPrefix}-${field.replace(/\./g, '-')}`;
}

/** The form field an error path belongs to: itself, or the field it is inside. */
export function fieldOfPath<F extends string>(fields: readonly F[], path: string): F | null {
  return fields.find((f) => path === f || path.startsWith(`${f}.`) || path.startsWith(`${f}[`)) ?? null;
}

export interface GroupedErrors<F extends string> {
  byField: Partial<Record<F, string[]>>;
  /** Errors no field shows (e.g. an unknown key). */
  other: string[];
}

export function groupErrors<F extends string>(fields: readonly F[], errors: FieldErrors): GroupedErrors<F> {
  const byField: Partial<Record<F, string[]>> = {};
  const other: string[] = [];
  for (const [path, messages] of Object.entries(errors)) {
    const field = fieldOfPath(fields, path);
    if (field) (byField[field] ??= []).push(...messages);
    else other.push(...messages.map((m) => (path === '_' ? m : `${path}: ${m}`)));
  }
  return { byField, other };
}

export function mergeErrors(...all: FieldErrors[]): FieldErrors {
  const out: FieldErrors = {};
  for (const errors of all) for (const [path, messages] of Object.entries(errors)) (out[path] ??= []).push(...messages);
  return out;
}
