'use client';
// "Join": the signed-in user accepts the invitation; a refusal (used, revoked, expired) shows here.
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/app/(auth)/actions';

export function AcceptInvitationForm({ label, action }: { label: string; action: (prev: FormState | null) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state && !state.ok && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      )}
      <Button type="submit" loading={pending}>
        {label}
      </Button>
    </form>
  );
}
