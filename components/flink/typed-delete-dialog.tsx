'use client';
// Deleting an application, session or session job: the options that come with it, then the name
// typed to confirm. The service's refusal shows in place.
import { useId, useState, useTransition, type FormEvent, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';

interface TypedDeleteDialogProps {
  open: boolean;
  name: string;
  title: string;
  description: ReactNode;
  confirmLabel: string;
  /** Checkboxes and notes about what goes with it. */
  children?: ReactNode;
  /** False while a choice above still blocks the deletion. */
  ready?: boolean;
  onClose: () => void;
  /** Runs the deletion; resolves to an error message, or null when done. */
  onDelete: () => Promise<string | null>;
}

export function TypedDeleteDialog({ open, name, title, description, confirmLabel, children, ready = true, onClose, onDelete }: TypedDeleteDialogProps) {
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = useId();

  const close = () => {
    setTyped('');
    setRefusal(null);
    onClose();
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed !== name || !ready) return;
    startTransition(async () => {
      const message = await onDelete();
      if (message) setRefusal(message);
      else close();
    });
  };

  return (
    <Dialog open={open} onClose={close} title={title} description={description}>
      <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
        {refusal && <FormAlert message={refusal} />}
        {children}
        <Input id={`${id}-confirm`} label={`Type ${name} to confirm`} autoComplete="off" spellCheck={false} value={typed} onChange={(e) => setTyped(e.target.value)} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={close} disabled={pending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" loading={pending} disabled={typed !== name || !ready}>
            {confirmLabel}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
