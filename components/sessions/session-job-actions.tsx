'use client';
// The lifecycle actions of one session job, in its row of the session's jobs and on its own page:
// suspend or resume, restart, take a savepoint, cancel, edit, delete. Each is refused with the
// same reason the service would give (actionRefusal); suspend, restart and cancel first say what
// happens to the job's state.
import { useState, useTransition } from 'react';
import { ActionButton } from '@/components/flink/action-button';
import { cn } from '@/components/ui/cn';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { actionRefusal } from '@/lib/flink-resources/action-rules';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { CheckOption } from '@/components/flink/check-option';
import { EditAction } from '@/components/flink/edit-action';
import { lifecycleConsequence } from '@/components/flink/lifecycle-consequence';
import type { SessionJobHandlers, SessionJobLifecycle } from './handlers';
import { sessionsKey } from './queries';
import { TypedDeleteDialog } from '@/components/flink/typed-delete-dialog';
import { useActionReport } from '@/components/flink/use-action-report';

type Confirmable = 'suspend' | 'restart' | 'cancel';

const DOING: Record<SessionJobLifecycle, string> = { suspend: 'Suspending', resume: 'Resuming', restart: 'Restarting', cancel: 'Cancelling' };

/** What suspending, restarting or cancelling does to the job's state under its upgrade mode. */
function consequence(job: SessionJobDto, action: Confirmable): string {
  if (action === 'cancel') return 'The job stops without a savepoint and its upgrade mode becomes stateless: when resumed, it starts with empty state.';
  return lifecycleConsequence({ ...job.spec, state: job.desiredState }, action, (keeps) => `The job stops and its slots are freed; the session keeps running. When resumed, the job continues ${keeps}.`);
}

interface SessionJobActionsProps {
  orgSlug: string;
  ws: string;
  job: SessionJobDto;
  handlers: SessionJobHandlers;
  /** On its own page: offers Edit, and the buttons may wrap (a row keeps them on one line). */
  withEdit?: boolean;
  /** After a savepoint was requested (the job's page shows its savepoints). */
  onSavepoint?: () => void;
  /** After the deletion was accepted (the job's page goes back to its session). */
  onDeleted?: () => void;
}

export function SessionJobActions({ orgSlug, ws, job, handlers, withEdit = false, onSavepoint, onDeleted }: SessionJobActionsProps) {
  const [confirming, setConfirming] = useState<Confirmable | 'delete' | null>(null);
  const [running, setRunning] = useState<SessionJobLifecycle | 'savepoint' | null>(null);
  const [finalSavepoint, setFinalSavepoint] = useState(false);
  const [pending, startTransition] = useTransition();
  const { refresh, report, toast } = useActionReport(sessionsKey(orgSlug, ws));
  const lifecycle = (action: SessionJobLifecycle) => {
    setRunning(action);
    startTransition(async () => {
      await report(await handlers.lifecycle(job.name, action, job.version), `${DOING[action]} ${job.name}.`);
      setConfirming(null);
      setRunning(null);
    });
  };
  const savepoint = () => {
    setRunning('savepoint');
    startTransition(async () => {
      const result = await handlers.savepoint(job.name);
      await report(result, result.ok ? `Savepoint ${result.savepoint.name} of ${job.name} requested.` : '');
      if (result.ok) onSavepoint?.();
      setRunning(null);
    });
  };
  const savepointRefusal = actionRefusal(job, 'savepoint');
  const remove = async () => {
    const withSavepoint = finalSavepoint && !savepointRefusal;
    const result = await handlers.remove(job.name, job.version, withSavepoint);
    if (!result.ok) return result.message;
    await refresh();
    toast(withSavepoint ? `Taking a final savepoint of ${job.name}, then deleting it.` : `Deleting ${job.name}.`);
    onDeleted?.();
    return null;
  };

  const suspended = job.desiredState === 'suspended';
  const deleting = Boolean(job.deletionRequestedAt);
  const confirmAction = confirming === 'delete' ? null : confirming;
  return (
    <div role="group" aria-label={`Actions for ${job.name}`} className={cn('flex items-center gap-1.5', withEdit ? 'flex-wrap' : 'flex-nowrap')}>
      {suspended ? (
        <ActionButton label="Resume" refusal={actionRefusal(job, 'resume')} loading={running === 'resume'} onClick={() => lifecycle('resume')} />
      ) : (
        <ActionButton label="Suspend" refusal={actionRefusal(job, 'suspend')} onClick={() => setConfirming('suspend')} />
      )}
      <ActionButton label="Restart" refusal={actionRefusal(job, 'restart')} onClick={() => setConfirming('restart')} />
      <ActionButton label="Savepoint" refusal={savepointRefusal} loading={running === 'savepoint'} onClick={savepoint} />
      <ActionButton label="Cancel" refusal={actionRefusal(job, 'suspend')} onClick={() => setConfirming('cancel')} />
      {withEdit && <EditAction href={`/orgs/${orgSlug}/workspaces/${ws}/sessions/${job.session}/jobs/${job.name}/edit`} deleting={deleting} />}
      <ActionButton label="Delete" variant="danger" refusal={deleting ? 'It is being deleted.' : null} onClick={() => setConfirming('delete')} />

      <ConfirmDialog
        open={confirmAction !== null}
        title={confirmAction ? `${confirmAction === 'cancel' ? 'Cancel' : confirmAction === 'restart' ? 'Restart' : 'Suspend'} ${job.name}?` : ''}
        description={confirmAction ? consequence(job, confirmAction) : ''}
        confirmLabel={confirmAction === 'cancel' ? 'Cancel job' : confirmAction === 'restart' ? 'Restart' : 'Suspend'}
        pending={pending && running === confirmAction}
        onConfirm={() => confirmAction && lifecycle(confirmAction)}
        onCancel={() => setConfirming(null)}
      />
      <TypedDeleteDialog
        open={confirming === 'delete'}
        name={job.name}
        title={`Delete job ${job.name}?`}
        description={`Its FlinkSessionJob is removed and the job stops; the session ${job.session} and its other jobs keep running. Savepoints already taken stay where they are.`}
        confirmLabel="Delete job"
        onClose={() => {
          setFinalSavepoint(false);
          setConfirming(null);
        }}
        onDelete={remove}
      >
        <CheckOption
          label="Take a final savepoint first"
          hint={savepointRefusal ? `Not possible now: ${savepointRefusal}` : 'The job is deleted once the savepoint completes; if it fails, nothing is deleted.'}
          checked={finalSavepoint && !savepointRefusal}
          disabled={Boolean(savepointRefusal)}
          onChange={setFinalSavepoint}
        />
      </TypedDeleteDialog>
    </div>
  );
}
