'use client';
// The actions of a session's page, for editors: restart its Flink cluster (confirmed: its jobs
// restart with it), edit its spec, delete it (with its jobs, when it has any).
import { useState, useTransition } from 'react';
import { ActionButton } from '@/components/flink/action-button';
import { EditAction } from '@/components/flink/edit-action';
import { useActionReport } from '@/components/flink/use-action-report';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
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
  const { refresh, report, toast } = useActionReport(sessionsKey(orgSlug, ws));
  const deleting = Boolean(session.deletionRequestedAt);
  // A session has no desired job state of its own: it is always meant to run.
  const restartRefusal = actionRefusal({ ...session, desiredState: 'running' }, 'restart');

  const restart = () =>
    startTransition(async () => {
      await report(await handlers.restart(session.version), `Restarting ${session.name}.`);
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
      <EditAction href={`/orgs/${orgSlug}/workspaces/${ws}/sessions/${session.name}/edit`} deleting={deleting} />
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
