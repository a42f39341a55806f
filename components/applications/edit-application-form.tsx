'use client';
// Editing an application: the form prefilled from its spec; before anything is sent, the changed
// fields and any loss of state are shown for confirmation. The version read when the page opened
// goes along (If-Match): if someone changed it meanwhile, the page says so and offers a reload.
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import { diffSpecs, stateDiscardWarning, type SpecChange } from '@/lib/k8s/flink/diff';
import type { ApplicationDto } from '@/lib/validation/applications';
import { ApplicationFormLayout } from './application-form-layout';
import { formValuesFromSpec } from './form-values';
import { applicationsKey } from './queries';
import { ReviewChangesDialog } from './review-changes-dialog';
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
      check: { flinkVersions: context.flinkVersions, previous: { flinkVersion: app.spec.flinkVersion, upgradeMode: app.spec.upgradeMode, state: app.desiredState } },
      target: { id: app.id, workspaceId: context.workspaceId, namespace: context.namespace },
      state: app.desiredState,
    }),
    [app, context],
  );
  const form = useApplicationForm(() => formValuesFromSpec(app.spec), options);
  const [review, setReview] = useState<{ changes: SpecChange[]; warning: string | null } | null>(null);
  const [message, setMessage] = useState<{ text: string; stale: boolean } | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const detailHref = `/orgs/${orgSlug}/workspaces/${ws}/applications/${app.name}`;

  const submit = () => {
    setMessage(null);
    if (!form.validateForSubmit() || !form.check.ok) return;
    const after = form.check.spec;
    const changes = diffSpecs(app.spec, after);
    if (changes.length === 0) return setMessage({ text: 'Nothing changed: the spec is the one the application has.', stale: false });
    setReview({ changes, warning: stateDiscardWarning({ ...app.spec, state: app.desiredState }, after) });
  };

  const apply = () =>
    startTransition(async () => {
      const result = await action(app.version, form.input);
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey: applicationsKey(orgSlug, ws) });
        toast(`${app.name} is being upgraded to the new spec.`);
        router.push(detailHref);
        return;
      }
      setReview(null);
      form.setServerErrors(result.fieldErrors);
      setMessage({ text: result.message, stale: 'stale' in result && result.stale === true });
    });

  return (
    <>
      <ApplicationFormLayout
        form={form}
        flinkVersions={context.flinkVersions}
        editing
        onSubmit={submit}
        alert={
          message && (
            <div className="flex flex-col gap-2">
              <FormAlert message={message.text} />
              {message.stale && (
                <div>
                  <Button variant="secondary" size="sm" onClick={() => router.refresh()}>
                    Reload
                  </Button>
                </div>
              )}
            </div>
          )
        }
        buttons={
          <>
            <Link href={detailHref} className={buttonClasses('secondary')}>
              Cancel
            </Link>
            <Button type="submit">Review changes</Button>
          </>
        }
      />
      <ReviewChangesDialog
        open={review !== null}
        name={app.name}
        changes={review?.changes ?? []}
        warning={review?.warning ?? null}
        pending={pending}
        onApply={apply}
        onCancel={() => setReview(null)}
      />
    </>
  );
}
