'use client';
// The lifecycle actions of one session job, in its row of the session's jobs and on its own page:
// suspend or resume, restart, take a savepoint, cancel, edit, delete. Each is refused with the
// same reason the service would give (actionRefusal); suspend, restart and cancel first say what
// happens to the job's state.
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useState, useTransition } from 'react';
import { ActionButton } from '@/components/applications/action-button';
import { buttonClasses } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import { actionRefusal } from '@/lib/flink-resources/action-rules';
import { stateDiscardWarning } from '@/lib/k8s/flink/diff';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { CheckOption } from './check-option';
import type { SessionJobHandlers, SessionJobLifecycle } from './handlers';
import { sessionsKey } from './queries';
import { TypedDeleteDialog } from './typed-delete-dialog';

type Confirmable = 'suspend' | 'restart' | 'cancel';

const DOING: Record<SessionJobLifecycle, string> = { suspend: 'Suspending', resume: 'Resuming', restart: 'Restarting', cancel: 'Cancelling' };

/** What suspending, restarting or cancelling does to the job's state under its upgrade mode. */
function consequence(job: SessionJobDto, action: Confirmable): string {
  if (action === 'cancel') return 'The job stops without a savepoint and its upgrade mode becomes stateless: when resumed, it starts with empty state.';
  const running = { ...job.spec, state: 'running' as const };
  const warning = action === 'suspend' ? stateDiscardWarning(running, { ...running, state: 'suspended' }) : stateDiscardWarning(running, running, { restart: true });
  if (warning) return warning;
  const keeps = job.spec.upgradeMode === 'savepoint' ? 'from a savepoint taken as it stops' : 'from its latest checkpoint';
  return action === 'suspend'
    ? `The job stops and its slots are freed; the session keeps running. When resumed, the job continues ${keeps}.`
    : `The job restarts with the same spec and continues ${keeps}.`;
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
  const queryClient = useQueryClient();
  const toast = useToast();
  const refresh = () => queryClient.invalidateQueries({ queryKey: sessionsKey(orgSlug, ws) });

  const report = async (result: ActionResult, done: string) => {
    await refresh();
    if (result.ok) toast(done);
    else toast(result.message, 'error');
  };
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
      {withEdit &&
        (deleting ? (
          <ActionButton label="Edit" refusal="It is being deleted." onClick={() => {}} />
        ) : (
          <Link href={`/orgs/${orgSlug}/workspaces/${ws}/sessions/${job.session}/jobs/${job.name}/edit`} className={buttonClasses('secondary', 'sm')}>
            Edit
          </Link>
        ))}
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
