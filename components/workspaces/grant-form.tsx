'use client';
// Grant a person or a service account a role on the workspace (or change theirs).
import { Button } from '@/components/ui/button';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/api/action-result';

type Result = ActionResult | null;

export function GrantForm({ action, principals }: { action: (prev: Result, form: FormData) => Promise<Result>; principals: { value: string; label: string }[] }) {
  const toast = useToast();
  const { state, formAction, pending, values } = useFormAction(action, () => toast('Access granted.'));
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="flex flex-wrap items-end gap-3" noValidate>
      <div className="min-w-64 flex-1">
        <Select id="grant-principal" name="principal" label="Person or service account" options={principals} defaultValue={values.principal} error={errors.userId ?? errors.serviceAccountId} />
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
          defaultValue={values.role}
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
