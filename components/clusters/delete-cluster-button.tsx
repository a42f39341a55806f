'use client';
// "Delete": asks first; refused while workspaces use the cluster (the message names them).
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';

export function DeleteClusterButton({ orgSlug, name, action }: { orgSlug: string; name: string; action: () => Promise<ActionResult> }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const confirm = () =>
    startTransition(async () => {
      const res = await action();
      setOpen(false);
      if (!res.ok) return toast(res.message, 'error');
      toast(`Cluster ${name} deleted.`);
      router.push(`/orgs/${orgSlug}/clusters`);
    });
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        Delete
      </Button>
      <ConfirmDialog
        open={open}
        title={`Delete cluster ${name}?`}
        description="Flotilla forgets the cluster and its credentials. Nothing in the cluster changes. A cluster that workspaces use cannot be deleted."
        confirmLabel="Delete cluster"
        pending={pending}
        onConfirm={confirm}
        onCancel={() => setOpen(false)}
      />
    </>
  );
}
