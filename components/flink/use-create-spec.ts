'use client';
// Submitting a new application, session or session job: the form's own check first, then the
// server action; its refusal shows at the fields and above the buttons, success refreshes the
// lists, says so and opens the new resource's page.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { FieldErrors } from '@/lib/errors';

interface CreateSpecOptions {
  form: { validateForSubmit: () => boolean; input: Record<string, unknown>; setServerErrors: (errors: FieldErrors) => void };
  action: (input: unknown) => Promise<ActionResult<{ name: string }>>;
  /** The list key to invalidate once created. */
  queryKey: readonly unknown[];
  /** The toast and the page to open for the created resource. */
  created: (name: string) => { toast: string; href: string };
}

export function useCreateSpec({ form, action, queryKey, created }: CreateSpecOptions) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();

  const submit = () => {
    setMessage(null);
    if (!form.validateForSubmit()) return;
    startTransition(async () => {
      const result = await action(form.input);
      if (!result.ok) {
        form.setServerErrors(result.fieldErrors);
        setMessage(result.message);
        return;
      }
      await queryClient.invalidateQueries({ queryKey });
      const next = created(result.name);
      toast(next.toast);
      router.push(next.href);
    });
  };

  return { message, pending, submit };
}
