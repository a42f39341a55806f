'use client';
// Another organization: its name and identifier (following the name until edited).
import { useActionState } from 'react';
import type { FormState } from '@/app/(auth)/actions';
import { Button } from '@/components/ui/button';
import { OrganizationFields } from './organization-fields';
import { FormAlert } from '@/components/ui/form-alert';

export function CreateOrganizationForm({ action }: { action: (prev: FormState | null, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && Object.keys(errors).length === 0 && <FormAlert message={state.message} />}
      <OrganizationFields errors={errors} initialName={state?.values.organizationName} initialSlug={state?.values.organizationSlug} />
      <Button type="submit" loading={pending}>
        Create organization
      </Button>
    </form>
  );
}
