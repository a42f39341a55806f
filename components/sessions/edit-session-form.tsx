'use client';
// Editing a session: the form prefilled from its spec; before anything is sent, the changed
// fields and what they cost its running jobs are shown for confirmation. The version read when
// the page opened goes along (If-Match): if someone changed it meanwhile, the page says so.
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import { diffSpecs, type SpecChange } from '@/lib/k8s/flink/diff';
import type { SessionDto } from '@/lib/validation/sessions';
import { ChangeAlert, type ChangeMessage } from './change-alert';
import { sessionsKey } from './queries';
import { ReviewSpecDialog } from './review-spec-dialog';
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
  const form = useSessionForm(() => sessionValuesFromSpec(session.spec), context.flinkVersions, target);
  const [review, setReview] = useState<SpecChange[] | null>(null);
  const [message, setMessage] = useState<ChangeMessage | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const detailHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions/${session.name}`;

  const submit = () => {
    setMessage(null);
    if (!form.validateForSubmit() || !form.check.ok) return;
    const changes = diffSpecs(session.spec, form.check.spec);
    if (changes.length === 0) return setMessage({ text: 'Nothing changed: the spec is the one the session has.', stale: false });
    setReview(changes);
  };

  const apply = () =>
    startTransition(async () => {
      const result = await action(session.version, form.input);
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey: sessionsKey(orgSlug, ws) });
        toast(`${session.name} is being upgraded to the new spec.`);
        router.push(detailHref);
        return;
      }
      setReview(null);
      form.setServerErrors(result.fieldErrors);
      setMessage({ text: result.message, stale: 'stale' in result && result.stale === true });
    });

  return (
    <>
      <SessionFormLayout
        form={form}
        flinkVersions={context.flinkVersions}
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
        name={session.name}
        description="The operator upgrades the session cluster to the new spec."
        changes={review ?? []}
        warning={review ? interruption(review, session.jobs.running) : null}
        pending={pending}
        onApply={apply}
        onCancel={() => setReview(null)}
      />
    </>
  );
}
