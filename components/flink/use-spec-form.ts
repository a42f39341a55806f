'use client';
// The state of a Flink spec form (application, session, session job): its values, which fields
// were touched, and, on every change, the same check the service runs and the object the preview
// shows. Errors show at a field once it was touched or the form was submitted; the server's field
// errors show until that field changes. Each form gives its values, fields, check and preview.
import { useMemo, useState, type ChangeEvent } from 'react';
import type { FieldErrors } from '@/lib/errors';
import type { CheckResult } from '@/lib/k8s/flink/check-spec';
import { groupErrors, mergeErrors, specFieldId } from './spec-form-errors';
import { specPreviewText } from './spec-preview-text';

/** The preview's stand-in for the id a new resource gets (only its resource label shows it). */
export const NEW_RESOURCE_ID = 'assigned-on-create';

/**
 * Where the previewed object goes: the resource's id (a stand-in for a new one; only the
 * preview's resource label shows it), its workspace and namespace.
 */
export interface SpecTarget {
  id: string;
  workspaceId: string;
  namespace: string;
}

export interface SpecFormDefinition<V, F extends string, S = unknown> {
  /** The fields in the order they appear: the first wrong one takes focus on submit. */
  fields: readonly F[];
  /** The field each form value feeds (rows and modes belong to their map's field). */
  fieldOf: Record<keyof V, F>;
  /** Prefix of the controls' ids. */
  idPrefix: string;
  /** Values → the spec input the service takes, and the problems of the form's own shapes. */
  toInput: (values: V) => { input: Record<string, unknown>; errors: FieldErrors };
  check: (input: Record<string, unknown>) => CheckResult<S>;
  /** The object to preview for an input that parses, or null (shown only once `check` passes). */
  preview: (input: Record<string, unknown>) => object | null;
}

/** The props `text(key)` gives a text control of Input, Textarea or Select. */
export interface TextControlProps {
  id: string;
  value: string;
  onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => void;
  onBlur: () => void;
  error: string | undefined;
}

type TextKey<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V];

export function useSpecForm<V extends object, F extends string, S = unknown>(initial: () => V, definition: SpecFormDefinition<V, F, S>) {
  const { fields, fieldOf, idPrefix } = definition;
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<F>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  const { input, errors: formErrors } = useMemo(() => definition.toInput(values), [definition, values]);
  const check = useMemo(() => definition.check(input), [definition, input]);
  const errors = useMemo(() => groupErrors(fields, mergeErrors(formErrors, check.ok ? {} : check.fieldErrors)), [fields, formErrors, check]);
  const server = useMemo(() => groupErrors(fields, serverErrors), [fields, serverErrors]);

  const preview = useMemo(() => specPreviewText(input, formErrors, check, definition.preview), [definition, input, formErrors, check]);
  // While a field is half typed or refused: keep showing the last valid spec (marked as such).
  const [lastPreview, setLastPreview] = useState(preview);
  if (preview !== null && preview !== lastPreview) setLastPreview(preview);

  const fieldId = (field: F) => specFieldId(idPrefix, field);
  const shown = (field: F) => submitted || touched.has(field);
  const errorOf = (field: F): string | undefined => {
    const messages = server.byField[field] ?? (shown(field) ? errors.byField[field] : undefined);
    return messages && messages.length > 0 ? messages.join(' ') : undefined;
  };

  /** Changes some values; the server's errors of their fields go, they no longer apply. */
  function setMany(patch: Partial<V>) {
    setValues((v) => ({ ...v, ...patch }));
    const changed = new Set((Object.keys(patch) as (keyof V)[]).map((k) => fieldOf[k]));
    setServerErrors((errs) => Object.fromEntries(Object.entries(errs).filter(([path]) => ![...changed].some((f) => path === f || path.startsWith(`${f}.`)))));
  }
  const set = <K extends keyof V>(key: K, value: V[K]) => setMany({ [key]: value } as unknown as Partial<V>);
  const touch = (key: keyof V) => setTouched((t) => (t.has(fieldOf[key]) ? t : new Set(t).add(fieldOf[key])));
  /** A choice (radio, checkbox) is done once made: set and touched at once. */
  const choose = <K extends keyof V>(key: K, value: V[K]) => {
    set(key, value);
    touch(key);
  };

  /** Props for a text control of Input, Textarea or Select. */
  const text = (key: TextKey<V>): TextControlProps => ({
    id: fieldId(fieldOf[key]),
    value: values[key] as string,
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => set(key, e.target.value as V[typeof key]),
    onBlur: () => touch(key),
    error: errorOf(fieldOf[key]),
  });

  /** Marks the form submitted and focuses the first wrong field; true when there is none. */
  function validateForSubmit(): boolean {
    setSubmitted(true);
    const first = fields.find((f) => errors.byField[f]);
    if (first) setTimeout(() => document.getElementById(fieldId(first))?.focus(), 0);
    return !first && errors.other.length === 0 && check.ok;
  }

  return {
    values,
    set,
    setMany,
    touch,
    choose,
    text,
    fieldId,
    errorOf,
    /** Errors no field shows; after a submit, or from the server. */
    otherErrors: [...server.other, ...(submitted ? errors.other : [])],
    /** Whether a section holds an error the person should see (it opens then). */
    hasVisibleError: (some: readonly F[]) => some.some((f) => errorOf(f) !== undefined),
    input,
    check,
    preview: lastPreview,
    previewIsCurrent: preview !== null,
    validateForSubmit,
    setServerErrors,
  };
}

export type SpecForm<V extends object, F extends string, S = unknown> = ReturnType<typeof useSpecForm<V, F, S>>;
