'use client';
// Grant a person or a service account a role on the workspace (or change theirs).
import { useActionState } from 'react';
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';

type Result = ActionResult | null;

export function GrantForm({ action, principals }: { action: (prev: Result, form: FormData) => Promise<Result>; principals: { value: string; label: string }[] }) {
  const toast = useToast();
  const [state, formAction, pending] = useActionState(async (prev: Result, form: FormData) => {
    const result = await action(prev, form);
    if (result?.ok) toast('Access granted.');
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <Select id="grant-principal" name="principal" label="Person or service account" options={principals} error={errors.userId ?? errors.serviceAccountId} />
      </div>
      <div className="w-40">
        <Select
          id="grant-role"
          name="role"
          label="Role"
          options={[
            { value: 'viewer', label: 'Viewer' },
            { value: 'editor', label: 'Editor' },
            { value: 'admin', label: 'Admin' },
          ]}
          error={errors.role}
        />
      </div>
      <Button type="submit" loading={pending}>
        Grant
      </Button>
      {state && !state.ok && Object.keys(errors).length === 0 && <p role="alert" className="w-full text-sm text-red-600 dark:text-red-400">{state.message}</p>}
    </form>
  );
}
