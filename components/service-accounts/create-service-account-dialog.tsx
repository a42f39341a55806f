'use client';
// "New service account": a dialog with the create form; on success it closes and the list
// refreshes from the server.
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

export function CreateServiceAccountDialog({ action, orgSlug }: { action: (prev: Result, form: FormData) => Promise<Result>; orgSlug: string }) {
  const [open, setOpen] = useState(false);
  const router = useRouter();
  const toast = useToast();
  const { state, formAction, pending, values } = useFormAction(action, (result) => {
    if (!result.ok) return;
    setOpen(false);
    toast(`Service account ${result.serviceAccount.name} created.`);
    router.push(`/orgs/${orgSlug}/service-accounts/${result.serviceAccount.id}`);
  });

  return (
    <>
      <Button onClick={() => setOpen(true)}>New service account</Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="New service account" description="A non-human identity for a pipeline or a tool. Give it tokens once it exists.">
        <form action={formAction} className="flex flex-col gap-4" noValidate>
          {state && !state.ok && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{state.message}</p>}
          <ServiceAccountFormFields idPrefix="new-sa" values={values} errors={state && !state.ok ? state.fieldErrors : undefined} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" loading={pending}>Create service account</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
