'use client';
// "Create token": name, expiry (with a warning for tokens that never expire) and scopes; on
// success the same dialog shows the token once.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/api/action-result';
import type { CreatedApiToken } from '@/lib/validation/api-tokens';
import { CreatedToken } from './created-token';
import { ScopeCheckboxes } from './scope-checkboxes';
import { TOKEN_NAME_MAX } from '@/lib/validation/limits';

type Result = ActionResult<CreatedApiToken> | null;

const EXPIRY_OPTIONS = [
  { value: '7', label: '7 days' },
  { value: '30', label: '30 days' },
  { value: '90', label: '90 days' },
  { value: '365', label: '1 year' },
  { value: 'never', label: 'Never' },
];

export function CreateTokenDialog({ action, disabled }: { action: (prev: Result, form: FormData) => Promise<Result>; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  // A new form instance each time the dialog opens, so a shown token never lingers.
  const [round, setRound] = useState(0);
  const router = useRouter();
  const close = () => {
    setOpen(false);
    router.refresh();
  };
  return (
    <>
      <Button onClick={() => { setRound((r) => r + 1); setOpen(true); }}>Create token</Button>
      <Dialog open={open} onClose={close} title="Create API token" description={disabled ? 'This service account is disabled: its tokens work only once it is enabled again.' : undefined}>
        {open && <TokenForm key={round} action={action} onDone={close} />}
      </Dialog>
    </>
  );
}

function TokenForm({ action, onDone }: { action: (prev: Result, form: FormData) => Promise<Result>; onDone: () => void }) {
  const { state, formAction, pending, values, submitted } = useFormAction(action);
  const [expiry, setExpiry] = useState('30');
  if (state?.ok) {
    return (
      <div className="flex flex-col gap-4">
        <CreatedToken token={state.token} />
        <div className="flex justify-end">
          <Button onClick={onDone}>Done</Button>
        </div>
      </div>
    );
  }
  const errors = state && !state.ok ? state.fieldErrors : undefined;
  return (
    <form action={formAction} className="flex flex-col gap-4" noValidate>
      {state && !state.ok && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{state.message}</p>}
      <Input id="token-name" name="name" label="Name" required maxLength={TOKEN_NAME_MAX} placeholder="github-actions" defaultValue={values.name} error={errors?.name} autoComplete="off" />
      <Select id="token-expiry" name="expiresInDays" label="Expires" options={EXPIRY_OPTIONS} value={expiry} onChange={(e) => setExpiry(e.target.value)} error={errors?.expiresInDays} />
      {expiry === 'never' && (
        <p role="note" className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-xs text-amber-900 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-200">
          A token that never expires stays valid until someone revokes it. Prefer an expiry, and rotate tokens.
        </p>
      )}
      <ScopeCheckboxes checked={submitted.scopes} error={errors?.scopes ?? Object.entries(errors ?? {}).find(([k]) => k.startsWith('scopes.'))?.[1]} />
      <div className="flex justify-end gap-2">
        <Button variant="secondary" onClick={onDone}>Cancel</Button>
        <Button type="submit" loading={pending}>Create token</Button>
      </div>
    </form>
  );
}
