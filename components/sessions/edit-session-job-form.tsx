'use client';
// Editing a session job (an upgrade): the form prefilled from its spec; before anything is sent,
// the changed fields and any loss of state are shown for confirmation. The version read when the
// page opened goes along (If-Match): if someone changed it meanwhile, the page says so.
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import { diffSpecs, stateDiscardWarning, type SpecChange } from '@/lib/k8s/flink/diff';
import type { SessionSpec } from '@/lib/validation/flink';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { ChangeAlert, type ChangeMessage } from './change-alert';
import { sessionsKey } from './queries';
import { ReviewSpecDialog } from './review-spec-dialog';
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
  const [review, setReview] = useState<{ changes: SpecChange[]; warning: string | null } | null>(null);
  const [message, setMessage] = useState<ChangeMessage | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const detailHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions/${job.session}/jobs/${job.name}`;

  const submit = () => {
    setMessage(null);
    if (!form.validateForSubmit() || !form.check.ok) return;
    const after = form.check.spec as typeof job.spec;
    const changes = diffSpecs(job.spec, after);
    if (changes.length === 0) return setMessage({ text: 'Nothing changed: the spec is the one the job has.', stale: false });
    setReview({ changes, warning: stateDiscardWarning({ ...job.spec, state: job.desiredState }, after) });
  };

  const apply = () =>
    startTransition(async () => {
      const result = await action(job.version, form.input);
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey: sessionsKey(orgSlug, ws) });
        toast(`${job.name} is being upgraded to the new spec.`);
        router.push(detailHref);
        return;
      }
      setReview(null);
      form.setServerErrors(result.fieldErrors);
      setMessage({ text: result.message, stale: 'stale' in result && result.stale === true });
    });

  return (
    <>
      <SessionJobFormLayout
        form={form}
        session={{ name: job.session, spec: sessionSpec }}
        editing
        onSubmit={submit}
        alert={message && <ChangeAlert message={message} />}
        buttons={
          <>
            <Link href={detailHref} className={buttonClasses('secondary')}>
              Cancel
            </Link>
            <Button type="submit">Review changes</Button>
          </>
        }
      />
      <ReviewSpecDialog
        open={review !== null}
        name={job.name}
        description="The operator upgrades the job to the new spec, using its upgrade mode."
        changes={review?.changes ?? []}
        warning={review?.warning ?? null}
        pending={pending}
        onApply={apply}
        onCancel={() => setReview(null)}
      />
    </>
  );
}
