'use client';
// The organization sign-up form. The identifier follows the organization's name until the
// person edits it.
import { useActionState, useState } from 'react';
import { signUpAction } from '@/app/(auth)/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { slugFromName } from '@/lib/validation/sign-up';

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, null);
  const [orgName, setOrgName] = useState(state?.values.organizationName ?? '');
  const [slug, setSlug] = useState<string | null>(state?.values.organizationSlug || null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && Object.keys(errors).length === 0 && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      )}
      <Input id="name" name="name" label="Your name" autoComplete="name" required defaultValue={state?.values.name} error={errors.name} />
      <Input id="email" name="email" type="email" label="Work email" autoComplete="email" required defaultValue={state?.values.email} error={errors.email} />
      <Input id="password" name="password" type="password" label="Password" autoComplete="new-password" required hint="At least 12 characters; common passwords are refused." error={errors.password} />
      <Input id="organizationName" name="organizationName" label="Organization" required value={orgName} onChange={(e) => setOrgName(e.target.value)} error={errors.organizationName} />
      <Input
        id="organizationSlug"
        name="organizationSlug"
        label="Identifier"
        hint="Used in URLs and the API: lower-case letters, digits and dashes."
        value={slug ?? slugFromName(orgName)}
        onChange={(e) => setSlug(e.target.value)}
        error={errors.organizationSlug}
      />
      <Button type="submit" loading={pending}>
        Create organization
      </Button>
    </form>
  );
}
