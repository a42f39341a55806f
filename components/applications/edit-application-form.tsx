'use client';
// Editing an application: the form prefilled from its spec; before anything is sent, the changed
// fields and any loss of state are shown for confirmation (useEditSpec, with the version read
// when the page opened).
import { useMemo } from 'react';
import { editConsequence } from '@/components/flink/edit-consequence';
import { ReviewChangesDialog } from '@/components/flink/review-changes-dialog';
import { editSubmitProps } from '@/components/flink/spec-form-submit';
import { useEditSpec } from '@/components/flink/use-edit-spec';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import { stateDiscardWarning } from '@/lib/k8s/flink/diff';
import type { ApplicationDto } from '@/lib/validation/applications';
import { ApplicationFormLayout } from './application-form-layout';
import { formValuesFromSpec } from './form-values';
import { applicationsKey } from './queries';
import { useApplicationForm } from './use-application-form';

interface EditApplicationFormProps {
  orgSlug: string;
  ws: string;
  app: ApplicationDto;
  context: ApplicationFormContext;
  action: (version: number, input: unknown) => Promise<ActionResult<{ version: number }>>;
}

export function EditApplicationForm({ orgSlug, ws, app, context, action }: EditApplicationFormProps) {
  const options = useMemo(
    () => ({
      check: { flinkVersions: context.flinkVersions, podSecurityLevel: context.podSecurityLevel, previous: { flinkVersion: app.spec.flinkVersion, upgradeMode: app.spec.upgradeMode, state: app.desiredState } },
      target: { id: app.id, workspaceId: context.workspaceId, namespace: context.namespace },
      state: app.desiredState,
    }),
    [app, context],
  );
  const form = useApplicationForm(() => formValuesFromSpec(app.spec), options);
  const detailHref = `/orgs/${orgSlug}/workspaces/${ws}/applications/${app.name}`;
  const edit = useEditSpec({
    form,
    name: app.name,
    before: app.spec,
    version: app.version,
    action,
    queryKey: applicationsKey(orgSlug, ws),
    noun: 'application',
    warningOf: (_, after) => stateDiscardWarning({ ...app.spec, state: app.desiredState }, after),
    doneHref: detailHref,
  });

  return (
    <>
      <ApplicationFormLayout form={form} flinkVersions={context.flinkVersions} {...editSubmitProps(edit, detailHref)} />
      <ReviewChangesDialog name={app.name} description={editConsequence(app, 'application')} edit={edit} />
    </>
  );
}
