'use client';
// The organization sign-up form: the person, their password, their organization.
import { useActionState } from 'react';
import { signUpAction } from '@/app/(auth)/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { OrganizationFields } from './organization-fields';
import { FormAlert } from '@/components/ui/form-alert';
import { EMAIL_MAX, PASSWORD_MAX, PERSON_NAME_MAX } from '@/lib/validation/limits';

export function SignUpForm() {
  const [state, action, pending] = useActionState(signUpAction, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={action} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && Object.keys(errors).length === 0 && <FormAlert message={state.message} />}
      <Input maxLength={PERSON_NAME_MAX} id="name" name="name" label="Your name" autoComplete="name" required defaultValue={state?.values.name} error={errors.name} />
      <Input maxLength={EMAIL_MAX} id="email" name="email" type="email" label="Work email" autoComplete="email" required defaultValue={state?.values.email} error={errors.email} />
      <Input maxLength={PASSWORD_MAX} id="password" name="password" type="password" label="Password" autoComplete="new-password" required hint="At least 12 characters; common passwords are refused." error={errors.password} />
      <OrganizationFields errors={errors} initialName={state?.values.organizationName} initialSlug={state?.values.organizationSlug} />
      <Button type="submit" loading={pending}>
        Create organization
      </Button>
    </form>
  );
}
