'use client';
// Editing a session: the form prefilled from its spec; before anything is sent, the changed
// fields and what they cost its running jobs are shown for confirmation (useEditSpec, with the
// version read when the page opened).
import { useMemo } from 'react';
import { editConsequence } from '@/components/flink/edit-consequence';
import { ReviewChangesDialog } from '@/components/flink/review-changes-dialog';
import { editSubmitProps } from '@/components/flink/spec-form-submit';
import { useEditSpec } from '@/components/flink/use-edit-spec';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import type { SpecChange } from '@/lib/k8s/flink/diff';
import type { SessionDto } from '@/lib/validation/sessions';
import { sessionsKey } from './queries';
import { SessionFormLayout } from './session-form-layout';
import { sessionValuesFromSpec } from './session-form-values';
import { useSessionForm } from './use-session-form';

interface EditSessionFormProps {
  orgSlug: string;
  ws: string;
  session: SessionDto;
  context: ApplicationFormContext;
  action: (version: number, input: unknown) => Promise<ActionResult<{ version: number }>>;
}

/** Labels change no pod; anything else redeploys the session's JobManager and TaskManagers. */
function interruption(changes: SpecChange[], running: number): string | null {
  if (running === 0 || changes.every((c) => c.path.startsWith('labels'))) return null;
  const jobs = running === 1 ? 'its running job is' : `its ${running} running jobs are`;
  return `The session's Flink cluster is redeployed with the new spec: ${jobs} interrupted while it restarts.`;
}

export function EditSessionForm({ orgSlug, ws, session, context, action }: EditSessionFormProps) {
  const target = useMemo(() => ({ id: session.id, workspaceId: context.workspaceId, namespace: context.namespace }), [session.id, context]);
  const form = useSessionForm(() => sessionValuesFromSpec(session.spec), context.flinkVersions, target, context.podSecurityLevel);
  const detailHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions/${session.name}`;
  const edit = useEditSpec({
    form,
    name: session.name,
    before: session.spec,
    version: session.version,
    action,
    queryKey: sessionsKey(orgSlug, ws),
    noun: 'session',
    warningOf: (changes) => interruption(changes, session.jobs.running),
    doneHref: detailHref,
  });

  return (
    <>
      <SessionFormLayout form={form} flinkVersions={context.flinkVersions} {...editSubmitProps(edit, detailHref)} />
      <ReviewChangesDialog name={session.name} description={editConsequence(session, 'session')} edit={edit} />
    </>
  );
}
