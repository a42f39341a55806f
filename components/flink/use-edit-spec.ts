'use client';
// Editing an application, session or session job: after the form's own check, the changed fields
// (and what they cost) are shown for confirmation before anything is sent. The version read when
// the page opened goes along (If-Match): if someone changed it meanwhile, the message says so
// and ChangeAlert offers a reload.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { FieldErrors } from '@/lib/errors';
import type { CheckResult } from '@/lib/k8s/flink/check-spec';
import { diffSpecs, type SpecChange } from '@/lib/k8s/flink/diff';
import type { ChangeMessage } from './change-alert';

interface EditSpecOptions<S> {
  form: { validateForSubmit: () => boolean; check: CheckResult<S>; input: Record<string, unknown>; setServerErrors: (errors: FieldErrors) => void };
  name: string;
  /** The spec as stored, and its version. */
  before: S;
  version: number;
  action: (version: number, input: unknown) => Promise<ActionResult<{ version: number }>>;
  /** The list key to invalidate once applied. */
  queryKey: readonly unknown[];
  /** What it is, for "Nothing changed: the spec is the one the application has." */
  noun: string;
  /** What the changes cost (state, uptime), or null. */
  warningOf: (changes: SpecChange[], after: S) => string | null;
  /** Where to go once applied. */
  doneHref: string;
}

export function useEditSpec<S>({ form, name, before, version, action, queryKey, noun, warningOf, doneHref }: EditSpecOptions<S>) {
  const [review, setReview] = useState<{ changes: SpecChange[]; warning: string | null } | null>(null);
  const [message, setMessage] = useState<ChangeMessage | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();

  const submit = () => {
    setMessage(null);
    if (!form.validateForSubmit() || !form.check.ok) return;
    const after = form.check.spec;
    const changes = diffSpecs(before, after);
    if (changes.length === 0) return setMessage({ text: `Nothing changed: the spec is the one the ${noun} has.`, stale: false });
    setReview({ changes, warning: warningOf(changes, after) });
  };

  const apply = () =>
    startTransition(async () => {
      const result = await action(version, form.input);
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey });
        toast(`${name} is being upgraded to the new spec.`);
        router.push(doneHref);
        return;
      }
      setReview(null);
      form.setServerErrors(result.fieldErrors);
      setMessage({ text: result.message, stale: 'stale' in result && result.stale === true });
    });

  return { review, cancelReview: () => setReview(null), message, pending, submit, apply };
}

export type EditSpec = ReturnType<typeof useEditSpec>;
