'use client';
// "Join": the signed-in user accepts the invitation; a refusal (used, revoked, expired) shows here.
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import type { FormState } from '@/app/(auth)/actions';
import { FormAlert } from '@/components/ui/form-alert';

export function AcceptInvitationForm({ label, action }: { label: string; action: (prev: FormState | null) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="flex flex-col gap-3">
      {state && !state.ok && <FormAlert message={state.message} />}
      <Button type="submit" loading={pending}>
        {label}
      </Button>
    </form>
  );
}
