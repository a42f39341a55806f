'use client';
// The lifecycle actions of an application's page, for editors: suspend or resume, restart, take a
// savepoint, edit, delete. Each is refused with the same reason the service would give
// (actionRefusal); suspend and restart first say what happens to the job's state.
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { buttonClasses } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import { actionRefusal } from '@/lib/flink-resources/action-rules';
import { stateDiscardWarning } from '@/lib/k8s/flink/diff';
import type { ApplicationDto, SavepointDto } from '@/lib/validation/applications';
import { ActionButton } from './action-button';
import { DeleteApplicationDialog } from './delete-application-dialog';
import { applicationsKey } from './queries';

type Lifecycle = 'suspend' | 'resume' | 'restart';

export interface ApplicationActionHandlers {
  lifecycle: (action: Lifecycle, version: number) => Promise<ActionResult>;
  savepoint: () => Promise<ActionResult<{ savepoint: SavepointDto }>>;
  remove: (version: number, finalSavepoint: boolean) => Promise<ActionResult>;
}

const DONE: Record<Lifecycle, string> = { suspend: 'Suspending', resume: 'Resuming', restart: 'Restarting' };

/** What suspending or restarting does to the job's state under its upgrade mode. */
function consequence(app: ApplicationDto, action: 'suspend' | 'restart'): string {
  const running = { ...app.spec, state: 'running' as const };
  const warning = action === 'suspend' ? stateDiscardWarning(running, { ...running, state: 'suspended' }) : stateDiscardWarning(running, running, { restart: true });
  if (warning) return warning;
  const keeps = app.spec.upgradeMode === 'savepoint' ? 'from a savepoint taken as it stops' : 'from its latest checkpoint';
  return action === 'suspend'
    ? `The job stops and its Flink cluster is removed; when resumed, it continues ${keeps}.`
    : `The job restarts with the same spec and continues ${keeps}.`;
}

export function ApplicationActions({ orgSlug, ws, app, handlers, onSavepoint }: { orgSlug: string; ws: string; app: ApplicationDto; handlers: ApplicationActionHandlers; onSavepoint: () => void }) {
  const [confirming, setConfirming] = useState<'suspend' | 'restart' | 'delete' | null>(null);
  const [running, setRunning] = useState<Lifecycle | 'savepoint' | null>(null);
  const [pending, startTransition] = useTransition();
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const base = `/orgs/${orgSlug}/workspaces/${ws}/applications`;
  const refresh = () => queryClient.invalidateQueries({ queryKey: applicationsKey(orgSlug, ws) });

  const report = async (result: ActionResult, done: string) => {
    await refresh();
    if (result.ok) toast(done);
    else toast(result.message, 'error');
  };
  const lifecycle = (action: Lifecycle) => {
    setRunning(action);
    startTransition(async () => {
      await report(await handlers.lifecycle(action, app.version), `${DONE[action]} ${app.name}.`);
      setConfirming(null);
      setRunning(null);
    });
  };
  const savepoint = () => {
    setRunning('savepoint');
    startTransition(async () => {
      const result = await handlers.savepoint();
      await report(result, result.ok ? `Savepoint ${result.savepoint.name} requested.` : '');
      if (result.ok) onSavepoint();
      setRunning(null);
    });
  };
  const remove = async (finalSavepoint: boolean) => {
    const result = await handlers.remove(app.version, finalSavepoint);
    if (!result.ok) return result.message;
    await refresh();
    toast(finalSavepoint ? `Taking a final savepoint of ${app.name}, then deleting it.` : `Deleting ${app.name}.`);
    router.push(base);
    return null;
  };

  const suspended = app.desiredState === 'suspended';
  const deleting = Boolean(app.deletionRequestedAt);
  return (
    <div className="flex flex-wrap items-center gap-2">
      {suspended ? (
        <ActionButton label="Resume" refusal={actionRefusal(app, 'resume')} loading={running === 'resume'} onClick={() => lifecycle('resume')} />
      ) : (
        <ActionButton label="Suspend" refusal={actionRefusal(app, 'suspend')} onClick={() => setConfirming('suspend')} />
      )}
      <ActionButton label="Restart" refusal={actionRefusal(app, 'restart')} onClick={() => setConfirming('restart')} />
      <ActionButton label="Savepoint" refusal={actionRefusal(app, 'savepoint')} loading={running === 'savepoint'} onClick={savepoint} />
      {deleting ? (
        <ActionButton label="Edit" refusal="It is being deleted." onClick={() => {}} />
      ) : (
        <Link href={`${base}/${app.name}/edit`} className={buttonClasses('secondary', 'sm')}>
          Edit
        </Link>
      )}
      <ActionButton label="Delete" variant="danger" refusal={deleting ? 'It is being deleted.' : null} onClick={() => setConfirming('delete')} />

      <ConfirmDialog
        open={confirming === 'suspend' || confirming === 'restart'}
        title={confirming === 'restart' ? `Restart ${app.name}?` : `Suspend ${app.name}?`}
        description={confirming === 'suspend' || confirming === 'restart' ? consequence(app, confirming) : ''}
        confirmLabel={confirming === 'restart' ? 'Restart' : 'Suspend'}
        pending={pending && (running === 'suspend' || running === 'restart')}
        onConfirm={() => lifecycle(confirming as Lifecycle)}
        onCancel={() => setConfirming(null)}
      />
      <DeleteApplicationDialog
        open={confirming === 'delete'}
        name={app.name}
        savepointRefusal={actionRefusal(app, 'savepoint')}
        onClose={() => setConfirming(null)}
        onDelete={remove}
      />
    </div>
  );
}
