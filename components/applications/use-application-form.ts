'use client';
// The application form's state: its values, which fields were touched, and, on every change,
// the same check the service runs (checkApplication: zod and every operator rule) and the exact
// FlinkDeployment it would apply, for the preview. Errors show at a field once it was touched or
// the form was submitted; the server's field errors show until that field changes.
import { useMemo, useState, type ChangeEvent } from 'react';
import { stringify } from 'yaml';
import type { FieldErrors } from '@/lib/errors';
import { buildApplicationDeployment } from '@/lib/k8s/flink/build-flink-deployment';
import { checkApplication } from '@/lib/k8s/flink/check-spec';
import { newestFlinkVersion, type ValidationContext } from '@/lib/k8s/flink/validate';
import { ApplicationSpec, type JobState } from '@/lib/validation/flink';
import { FIELD_OF_VALUE, fieldId, FORM_FIELDS, groupErrors, mergeErrors, type FormField } from './form-fields';
import { specInputFromValues, type ApplicationFormValues } from './form-values';

export interface FormTarget {
  /** The application's id, or a placeholder for a new one (only the preview's label shows it). */
  id: string;
  workspaceId: string;
  namespace: string;
}

export interface FormOptions {
  check: ValidationContext;
  target: FormTarget;
  /** Editing: the desired state the application keeps (the form never changes it). */
  state?: JobState;
}

type TextValueKey = { [K in keyof ApplicationFormValues]: ApplicationFormValues[K] extends string ? K : never }[keyof ApplicationFormValues];

export function useApplicationForm(initial: ApplicationFormValues | (() => ApplicationFormValues), { check: checkContext, target, state }: FormOptions) {
  const [values, setValues] = useState(initial);
  const [touched, setTouched] = useState<ReadonlySet<FormField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});

  const { input, errors: formErrors } = useMemo(() => specInputFromValues(values), [values]);
  const checkedInput = useMemo(() => (state ? { ...input, state } : input), [input, state]);
  const check = useMemo(() => checkApplication(checkedInput, checkContext), [checkedInput, checkContext]);
  const errors = useMemo(() => groupErrors(mergeErrors(formErrors, check.ok ? {} : check.fieldErrors)), [formErrors, check]);
  const server = useMemo(() => groupErrors(serverErrors), [serverErrors]);

  // The preview needs only a spec that parses; the operator's rules may still fail (and say so at
  // their fields), which is exactly when seeing the object helps.
  const preview = useMemo(() => {
    const parsed = ApplicationSpec.safeParse(checkedInput);
    if (!parsed.success) return null;
    const spec = { ...parsed.data, flinkVersion: parsed.data.flinkVersion ?? newestFlinkVersion(checkContext.flinkVersions) };
    return stringify(buildApplicationDeployment({ ...target, spec }));
  }, [checkedInput, checkContext, target]);
  // While a field is half typed the spec does not parse: keep showing the last one that did.
  const [lastPreview, setLastPreview] = useState(preview);
  if (preview !== null && preview !== lastPreview) setLastPreview(preview);

  const shown = (field: FormField) => submitted || touched.has(field);
  const errorOf = (field: FormField): string | undefined => {
    const messages = server.byField[field] ?? (shown(field) ? errors.byField[field] : undefined);
    return messages && messages.length > 0 ? messages.join(' ') : undefined;
  };

  function set<K extends keyof ApplicationFormValues>(key: K, value: ApplicationFormValues[K]) {
    setValues((v) => ({ ...v, [key]: value }));
    const field = FIELD_OF_VALUE[key];
    setServerErrors((errs) => Object.fromEntries(Object.entries(errs).filter(([path]) => path !== field && !path.startsWith(`${field}.`))));
  }
  const touch = (key: keyof ApplicationFormValues) => setTouched((t) => (t.has(FIELD_OF_VALUE[key]) ? t : new Set(t).add(FIELD_OF_VALUE[key])));

  /** Props for a text control of Input, Textarea or Select. */
  const text = (key: TextValueKey) => ({
    id: fieldId(FIELD_OF_VALUE[key]),
    value: values[key],
    onChange: (e: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => set(key, e.target.value),
    onBlur: () => touch(key),
    error: errorOf(FIELD_OF_VALUE[key]),
  });

  /** Marks the form submitted and focuses the first wrong field; true when there is none. */
  function validateForSubmit(): boolean {
    setSubmitted(true);
    const first = FORM_FIELDS.find((f) => errors.byField[f]);
    if (first) setTimeout(() => document.getElementById(fieldId(first))?.focus(), 0);
    return !first && errors.other.length === 0 && check.ok;
  }

  return {
    values,
    set,
    touch,
    text,
    errorOf,
    /** Errors no field shows; after a submit, or from the server. */
    otherErrors: [...server.other, ...(submitted ? errors.other : [])],
    /** Whether a section holds an error the person should see (it opens then). */
    hasVisibleError: (fields: readonly FormField[]) => fields.some((f) => errorOf(f) !== undefined),
    input,
    check,
    preview: lastPreview,
    previewIsCurrent: preview !== null,
    validateForSubmit,
    setServerErrors,
  };
}

export type ApplicationForm = ReturnType<typeof useApplicationForm>;
