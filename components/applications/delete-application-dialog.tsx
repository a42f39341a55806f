'use client';
// Deleting an application: the name typed to confirm, and optionally a final savepoint first
// (offered only when one is possible, with the reason when not). The service's refusal shows in
// place; afterwards the list shows it deleting until the cluster lets go.
import { useId, useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';

interface DeleteApplicationDialogProps {
  open: boolean;
  name: string;
  /** Why a final savepoint is not possible, or null when it is. */
  savepointRefusal: string | null;
  onClose: () => void;
  /** Runs the deletion; resolves to an error message, or null when done. */
  onDelete: (finalSavepoint: boolean) => Promise<string | null>;
}

export function DeleteApplicationDialog({ open, name, savepointRefusal, onClose, onDelete }: DeleteApplicationDialogProps) {
  const [typed, setTyped] = useState('');
  const [finalSavepoint, setFinalSavepoint] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const checkboxId = useId();

  const close = () => {
    setTyped('');
    setFinalSavepoint(false);
    setRefusal(null);
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed !== name) return;
    startTransition(async () => {
      const message = await onDelete(finalSavepoint && !savepointRefusal);
      if (message) setRefusal(message);
    });
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      title={`Delete application ${name}?`}
      description="Its FlinkDeployment, and with it the job and its Flink cluster, is removed from the cluster. Savepoints already taken stay where they are."
    >
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        {refusal && <FormAlert message={refusal} />}
        <div className="flex items-start gap-2">
          <input
            id={checkboxId}
            type="checkbox"
            className="mt-0.5 size-4 accent-accent-600"
            checked={finalSavepoint && !savepointRefusal}
            disabled={Boolean(savepointRefusal)}
            onChange={(e) => setFinalSavepoint(e.target.checked)}
            aria-describedby={`${checkboxId}-hint`}
          />
          <div>
            <label htmlFor={checkboxId} className="text-sm font-medium">
              Take a final savepoint first
            </label>
            <p id={`${checkboxId}-hint`} className="text-xs text-fg-muted">
              {savepointRefusal
                ? `Not possible now: ${savepointRefusal}`
                : 'The application is deleted once the savepoint completes; if it fails, nothing is deleted.'}
            </p>
          </div>
        </div>
        <Input id={`${checkboxId}-confirm`} label={`Type ${name} to confirm`} autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" loading={pending} disabled={typed !== name}>
            Delete application
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
