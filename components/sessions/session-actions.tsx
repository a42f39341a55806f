'use client';
// The actions of a session's page, for editors: restart its Flink cluster (confirmed: its jobs
// restart with it), edit its spec, delete it (with its jobs, when it has any).
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, useTransition } from 'react';
import { ActionButton } from '@/components/applications/action-button';
import { buttonClasses } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import { actionRefusal } from '@/lib/flink-resources/action-rules';
import type { SessionDto, SessionJobDto } from '@/lib/validation/sessions';
import { DeleteSessionDialog } from './delete-session-dialog';
import type { SessionHandlers } from './handlers';
import { sessionsKey } from './queries';

interface SessionActionsProps {
  orgSlug: string;
  ws: string;
  session: SessionDto;
  jobs: SessionJobDto[];
  handlers: SessionHandlers;
}

export function SessionActions({ orgSlug, ws, session, jobs, handlers }: SessionActionsProps) {
  const [confirming, setConfirming] = useState<'restart' | 'delete' | null>(null);
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsKey(orgSlug, ws) });
  const deleting = Boolean(session.deletionRequestedAt);
  // A session has no desired job state of its own: it is always meant to run.
  const restartRefusal = actionRefusal({ ...session, desiredState: 'running' }, 'restart');

  const restart = () =>
    startTransition(async () => {
      const result = await handlers.restart(session.version);
      await refresh();
      if (result.ok) toast(`Restarting ${session.name}.`);
      else toast(result.message, 'error');
      setConfirming(null);
    });
  const remove = async (withJobs: boolean, savepoints: boolean) => {
    const result = await handlers.remove(session.version, withJobs, savepoints);
    if (!result.ok) return result.message;
    await refresh();
    toast(withJobs ? `Deleting the jobs of ${session.name}, then the session.` : `Deleting ${session.name}.`);
    return null;
  };

  const running = session.jobs.running;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <ActionButton label="Restart" refusal={restartRefusal} onClick={() => setConfirming('restart')} />
      {deleting ? (
        <ActionButton label="Edit" refusal="It is being deleted." onClick={() => {}} />
      ) : (
        <Link href={`/orgs/${orgSlug}/workspaces/${ws}/sessions/${session.name}/edit`} className={buttonClasses('secondary', 'sm')}>
          Edit
        </Link>
      )}
      <ActionButton label="Delete" variant="danger" refusal={deleting ? 'It is being deleted.' : null} onClick={() => setConfirming('delete')} />
      <ConfirmDialog
        open={confirming === 'restart'}
        title={`Restart ${session.name}?`}
        description={`Its JobManager and TaskManagers are replaced with the same spec.${
          running > 0 ? ` Its ${running === 1 ? 'running job is' : `${running} running jobs are`} interrupted while it restarts.` : ''
        }`}
        confirmLabel="Restart"
        pending={pending}
        onConfirm={restart}
        onCancel={() => setConfirming(null)}
      />
      <DeleteSessionDialog open={confirming === 'delete'} name={session.name} jobs={jobs} onClose={() => setConfirming(null)} onDelete={remove} />
    </div>
  );
}
