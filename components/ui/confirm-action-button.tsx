'use client';
// A button that asks before it runs a server action (disable, delete, revoke), then refreshes
// the page or goes elsewhere, and reports the outcome in a toast.
import { useRouter } from 'next/navigation';
import { useState, useTransition, type ReactNode } from 'react';
import { Button, type ButtonVariant } from './button';
import { ConfirmDialog } from './confirm-dialog';
import { useToast } from './toast';
import type { ActionResult } from '@/lib/api/action-result';

export function ConfirmActionButton({
  label,
  variant = 'secondary',
  size = 'sm',
  title,
  description,
  confirmLabel,
  done,
  action,
  then,
}: {
  label: string;
  variant?: ButtonVariant;
  size?: 'sm' | 'md';
  title: string;
  description: ReactNode;
  confirmLabel: string;
  done: string;
  action: () => Promise<ActionResult>;
  /** Where to go afterwards; the current page is refreshed when omitted. */
  then?: string;
}) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const confirm = () =>
    startTransition(async () => {
      const result = await action();
      setOpen(false);
      if (!result.ok) return toast(result.message, 'error');
      toast(done);
      if (then) router.push(then);
      else router.refresh();
    });
  return (
    <>
      <Button variant={variant} size={size} onClick={() => setOpen(true)}>{label}</Button>
      <ConfirmDialog open={open} title={title} description={description} confirmLabel={confirmLabel} pending={pending} onConfirm={confirm} onCancel={() => setOpen(false)} />
    </>
  );
}
