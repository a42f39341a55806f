'use client';
// Revokes a direct grant after a confirmation.
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';

export function RevokeButton({ label, action }: { label: string; action: () => Promise<ActionResult> }) {
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const toast = useToast();
  return (
    <>
      <Button variant="ghost" size="sm" onClick={() => setOpen(true)}>
        Revoke
      </Button>
      <ConfirmDialog
        open={open}
        title={`Revoke ${label}'s access?`}
        description="They lose access to this workspace on their next request."
        confirmLabel="Revoke access"
        pending={pending}
        onCancel={() => setOpen(false)}
        onConfirm={() =>
          start(async () => {
            const result = await action();
            setOpen(false);
            toast(result.ok ? `${label}'s access was revoked.` : result.message, result.ok ? 'success' : 'error');
          })
        }
      />
    </>
  );
}
