'use client';
// Rename, describe or change the role of a service account.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { useToast } from '@/components/ui/toast';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/api/action-result';
import type { ServiceAccountDto } from '@/lib/validation/service-accounts';
import { ServiceAccountFormFields } from './service-account-form-fields';

type Result = ActionResult<{ serviceAccount: ServiceAccountDto }> | null;

export function EditServiceAccountDialog({ account, action }: { account: ServiceAccountDto; action: (prev: Result, form: FormData) => Promise<Result> }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const { state, formAction, pending, values } = useFormAction(action, (result) => {
    if (!result.ok) return;
    setOpen(false);
    toast('Service account saved.');
    router.refresh();
  });

  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>Edit</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Edit ${account.name}`}>
        <form action={formAction} className="flex flex-col gap-4" noValidate>
          {state && !state.ok && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{state.message}</p>}
          <ServiceAccountFormFields idPrefix={`edit-${account.id}`} values={{ ...account, ...values }} errors={state && !state.ok ? state.fieldErrors : undefined} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" loading={pending}>Save</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
