'use client';
// Creating an account from an invitation: the email is the invitation's, so only a name and a
// password are asked for.
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { FormState } from '@/app/(auth)/actions';
import { FormAlert } from '@/components/ui/form-alert';
import { PASSWORD_MAX, PERSON_NAME_MAX } from '@/lib/validation/limits';

export function InvitedAccountForm({ email, action }: { email: string; action: (prev: FormState | null, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && Object.keys(errors).length === 0 && <FormAlert message={state.message} />}
      <Input id="invited-email" label="Email" value={email} readOnly disabled hint="The invitation is for this address." />
      <Input maxLength={PERSON_NAME_MAX} id="name" name="name" label="Your name" autoComplete="name" required defaultValue={state?.values.name} error={errors.name} />
      <Input maxLength={PASSWORD_MAX} id="password" name="password" type="password" label="Password" autoComplete="new-password" required hint="At least 12 characters; common passwords are refused." error={errors.password} />
      <Button type="submit" loading={pending}>
        Create account and join
      </Button>
    </form>
  );
}
