'use client';
import { useActionState } from 'react';
import { signInAction } from '@/app/(auth)/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

export function SignInForm({ callbackUrl, email }: { callbackUrl?: string; email?: string }) {
  const [state, action, pending] = useActionState(signInAction, null);
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      )}
      <input type="hidden" name="callbackUrl" value={state?.values.callbackUrl ?? callbackUrl ?? ''} />
      <Input id="email" name="email" type="email" label="Email" autoComplete="email" required defaultValue={state?.values.email ?? email} />
      <Input id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
      <Button type="submit" loading={pending}>
        Sign in
      </Button>
    </form>
  );
}
