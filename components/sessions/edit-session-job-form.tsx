'use client';
// Editing a session job (an upgrade): the form prefilled from its spec; before anything is sent,
// the changed fields and any loss of state are shown for confirmation (useEditSpec, with the
// version read when the page opened).
import { useMemo } from 'react';
import { editConsequence } from '@/components/flink/edit-consequence';
import { ReviewChangesDialog } from '@/components/flink/review-changes-dialog';
import { editSubmitProps } from '@/components/flink/spec-form-submit';
import { useEditSpec } from '@/components/flink/use-edit-spec';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import { stateDiscardWarning } from '@/lib/k8s/flink/diff';
import type { SessionSpec } from '@/lib/validation/flink';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { sessionsKey } from './queries';
import { sessionJobValuesFromSpec } from './session-job-form-values';
import { SessionJobFormLayout } from './session-job-form-layout';
import { useSessionJobForm } from './use-session-job-form';

interface EditSessionJobFormProps {
  orgSlug: string;
  ws: string;
  job: SessionJobDto;
  sessionSpec: SessionSpec;
  context: ApplicationFormContext;
  action: (version: number, input: unknown) => Promise<ActionResult<{ version: number }>>;
}

export function EditSessionJobForm({ orgSlug, ws, job, sessionSpec, context, action }: EditSessionJobFormProps) {
  const options = useMemo(
    () => ({
      target: { id: job.id, workspaceId: context.workspaceId, namespace: context.namespace },
      session: { name: job.session, spec: sessionSpec },
      state: job.desiredState,
    }),
    [job.id, job.session, job.desiredState, sessionSpec, context],
  );
  const form = useSessionJobForm(() => sessionJobValuesFromSpec(job.spec), options);
  const detailHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions/${job.session}/jobs/${job.name}`;
  const edit = useEditSpec({
    form,
    name: job.name,
    before: job.spec,
    version: job.version,
    action,
    queryKey: sessionsKey(orgSlug, ws),
    noun: 'job',
    warningOf: (_, after) => stateDiscardWarning({ ...job.spec, state: job.desiredState }, after),
    doneHref: detailHref,
  });

  return (
    <>
      <SessionJobFormLayout form={form} session={{ name: job.session, spec: sessionSpec }} {...editSubmitProps(edit, detailHref)} />
      <ReviewChangesDialog name={job.name} description={editConsequence(job, 'job')} edit={edit} />
    </>
  );
}
