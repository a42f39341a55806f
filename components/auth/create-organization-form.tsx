'use client';
// Another organization: its name and identifier (following the name until edited).
import { useActionState, useState } from 'react';
import type { FormState } from '@/app/(auth)/actions';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { slugFromName } from '@/lib/validation/sign-up';

export function CreateOrganizationForm({ action }: { action: (prev: FormState | null, form: FormData) => Promise<FormState> }) {
  const [state, formAction, pending] = useActionState(action, null);
  const [name, setName] = useState(state?.values.organizationName ?? '');
  const [slug, setSlug] = useState<string | null>(state?.values.organizationSlug || null);
  const errors = state?.fieldErrors ?? {};
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && Object.keys(errors).length === 0 && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-900 dark:bg-red-950 dark:text-red-200">
          {state.message}
        </p>
      )}
      <Input id="organizationName" name="organizationName" label="Organization" required value={name} onChange={(e) => setName(e.target.value)} error={errors.organizationName} />
      <Input
        id="organizationSlug"
        name="organizationSlug"
        label="Identifier"
        hint="Used in URLs and the API: lower-case letters, digits and dashes."
        value={slug ?? slugFromName(name)}
        onChange={(e) => setSlug(e.target.value)}
        error={errors.organizationSlug}
      />
      <Button type="submit" loading={pending}>
        Create organization
      </Button>
    </form>
  );
}
