'use client';
import { useActionState } from 'react';
import { signInAction } from '@/app/(auth)/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { FormAlert } from '@/components/ui/form-alert';
import { EMAIL_MAX, PASSWORD_MAX } from '@/lib/validation/limits';

export function SignInForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && <FormAlert message={state.message} />}
      <input type="hidden" name="callbackUrl" value={state?.values.callbackUrl ?? callbackUrl ?? ''} />
      <Input maxLength={EMAIL_MAX} id="email" name="email" type="email" label="Email" autoComplete="email" required defaultValue={state?.values.email ?? email} />
      <Input maxLength={PASSWORD_MAX} id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      <Button type="submit" loading={pending}>
        Sign in
      </Button>
    </form>
  );
}
