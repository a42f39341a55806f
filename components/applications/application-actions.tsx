'use client';
// The lifecycle actions of an application's page, for editors: suspend or resume, restart, take a
// savepoint, edit, delete. Each is refused with the same reason the service would give
// (actionRefusal); suspend and restart first say what happens to the job's state.
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import type { ActionResult } from '@/lib/api/action-result';
import { actionRefusal } from '@/lib/flink-resources/action-rules';
import type { ApplicationDto, SavepointDto } from '@/lib/validation/applications';
import { ActionButton } from '@/components/flink/action-button';
import { CheckOption } from '@/components/flink/check-option';
import { EditAction } from '@/components/flink/edit-action';
import { lifecycleConsequence } from '@/components/flink/lifecycle-consequence';
import { TypedDeleteDialog } from '@/components/flink/typed-delete-dialog';
import { useActionReport } from '@/components/flink/use-action-report';
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
  return lifecycleConsequence({ ...app.spec, state: app.desiredState }, action, (keeps) => `The job stops and its Flink cluster is removed; when resumed, it continues ${keeps}.`);
}

export function ApplicationActions({ orgSlug, ws, app, handlers, onSavepoint }: { orgSlug: string; ws: string; app: ApplicationDto; handlers: ApplicationActionHandlers; onSavepoint: () => void }) {
  const [confirming, setConfirming] = useState<'suspend' | 'restart' | 'delete' | null>(null);
  const [running, setRunning] = useState<Lifecycle | 'savepoint' | null>(null);
  const [finalSavepoint, setFinalSavepoint] = useState(false);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const { refresh, report, toast } = useActionReport(applicationsKey(orgSlug, ws));
  const base = `/orgs/${orgSlug}/workspaces/${ws}/applications`;
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
  const savepointRefusal = actionRefusal(app, 'savepoint');
  return (
    <div className="flex flex-wrap items-center gap-2">
      {suspended ? (
        <ActionButton label="Resume" refusal={actionRefusal(app, 'resume')} loading={running === 'resume'} onClick={() => lifecycle('resume')} />
      ) : (
        <ActionButton label="Suspend" refusal={actionRefusal(app, 'suspend')} onClick={() => setConfirming('suspend')} />
      )}
      <ActionButton label="Restart" refusal={actionRefusal(app, 'restart')} onClick={() => setConfirming('restart')} />
      <ActionButton label="Savepoint" refusal={savepointRefusal} loading={running === 'savepoint'} onClick={savepoint} />
      <EditAction href={`${base}/${app.name}/edit`} deleting={deleting} />
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
      <TypedDeleteDialog
        open={confirming === 'delete'}
        name={app.name}
        title={`Delete application ${app.name}?`}
        description="Its FlinkDeployment, and with it the job and its Flink cluster, is removed from the cluster. Savepoints already taken stay where they are."
        confirmLabel="Delete application"
        onClose={() => {
          setFinalSavepoint(false);
          setConfirming(null);
        }}
        onDelete={() => remove(finalSavepoint && !savepointRefusal)}
      >
        <CheckOption
          label="Take a final savepoint first"
          hint={savepointRefusal ? `Not possible now: ${savepointRefusal}` : 'The application is deleted once the savepoint completes; if it fails, nothing is deleted.'}
          checked={finalSavepoint && !savepointRefusal}
          disabled={Boolean(savepointRefusal)}
          onChange={setFinalSavepoint}
        />
      </TypedDeleteDialog>
    </div>
  );
}
