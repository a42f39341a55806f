'use client';
// Submitting a job to a session: the form with its live check (over the session's
// configuration) and preview; on success the job's page, where it shows pending until the
// cluster reports it running. A session that is not ready refuses, and the form says why.
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import type { SessionDto } from '@/lib/validation/sessions';
import { sessionsKey } from './queries';
import { emptySessionJobValues } from './session-job-form-values';
import { SessionJobFormLayout } from './session-job-form-layout';
import { useSessionJobForm } from './use-session-job-form';

/** The preview's stand-in for the id a new job gets (only its resource label shows it). */
const NEW_JOB_ID = 'assigned-on-create';

interface NewSessionJobFormProps {
  orgSlug: string;
  ws: string;
  session: SessionDto;
  context: ApplicationFormContext;
  action: (input: unknown) => Promise<ActionResult<{ name: string }>>;
}

export function NewSessionJobForm({ orgSlug, ws, session, context, action }: NewSessionJobFormProps) {
  const options = useMemo(
    () => ({ target: { id: NEW_JOB_ID, workspaceId: context.workspaceId, namespace: context.namespace }, session: { name: session.name, spec: session.spec } }),
    [context, session.name, session.spec],
  );
  const form = useSessionJobForm(emptySessionJobValues, options);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const sessionHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions/${session.name}`;

  const submit = () => {
    setMessage(null);
    if (!form.validateForSubmit()) return;
    startTransition(async () => {
      const result = await action(form.input);
      if (!result.ok) {
        form.setServerErrors(result.fieldErrors);
        setMessage(result.message);
        return;
      }
      await queryClient.invalidateQueries({ queryKey: sessionsKey(orgSlug, ws) });
      toast(`Job ${result.name} submitted to ${session.name}.`);
      router.push(`${sessionHref}/jobs/${result.name}`);
    });
  };

  return (
    <SessionJobFormLayout
      form={form}
      session={session}
      editing={false}
      onSubmit={submit}
      alert={message && <FormAlert message={message} />}
      buttons={
        <>
          <Link href={sessionHref} className={buttonClasses('secondary')}>
            Cancel
          </Link>
          <Button type="submit" loading={pending}>
            Submit job
          </Button>
        </>
      }
    />
  );
}
