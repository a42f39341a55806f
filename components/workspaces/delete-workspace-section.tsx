'use client';
// Deleting a workspace, for its admins: asks for the workspace's name to be typed, says what
// will be removed, and shows the service's refusal (e.g. the applications and sessions that must
// go first) in place. Afterwards the list shows the workspace `deleting` until the cluster confirms.
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';

export function DeleteWorkspaceSection({ orgSlug, name, namespace, adopted, action }: { orgSlug: string; name: string; namespace: string; adopted: boolean; action: () => Promise<ActionResult> }) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const removes = adopted
    ? `Flotilla removes what it added to namespace ${namespace} (the ServiceAccount, Role, RoleBinding and quota). The namespace itself was adopted and stays.`
    : `Flotilla deletes namespace ${namespace} and everything in it.`;

  const close = () => {
    setOpen(false);
    setTyped('');
    setRefusal(null);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (typed !== name) return;
    startTransition(async () => {
      const result = await action();
      if (!result.ok) return setRefusal(result.message);
      toast(`Workspace ${name} is being deleted.`);
      router.push(`/orgs/${orgSlug}/workspaces`);
    });
  };

  return (
    <section className="rounded-lg border border-red-300 bg-surface shadow-sm dark:border-red-900">
      <header className="border-b border-red-200 px-5 py-3 dark:border-red-900/60">
        <h2 className="text-sm font-semibold text-red-700 dark:text-red-400">Delete workspace</h2>
      </header>
      <div className="flex flex-wrap items-center justify-between gap-4 p-5">
        <p className="max-w-2xl text-sm text-fg-muted">
          {removes} Its grants go with it. Refused while it holds applications or sessions: delete those first.
        </p>
        <Button variant="danger" onClick={() => setOpen(true)}>
          Delete workspace
        </Button>
      </div>
      <Dialog open={open} onClose={close} title={`Delete workspace ${name}?`} description={removes}>
        <form onSubmit={submit} className="flex flex-col gap-4" noValidate>
          {refusal && <FormAlert message={refusal} />}
          <Input id="delete-workspace-confirm" label={`Type ${name} to confirm`} autoComplete="off" value={typed} onChange={(e) => setTyped(e.target.value)} />
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={close} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" variant="danger" loading={pending} disabled={typed !== name}>
              Delete workspace
            </Button>
          </div>
        </form>
      </Dialog>
    </section>
  );
}
