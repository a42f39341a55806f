'use client';
// Submitting a job to a session: the form with its live check (over the session's
// configuration) and preview; on success the job's page, where it shows pending until the
// cluster reports it running. A session that is not ready refuses, and the form says why.
import { useMemo } from 'react';
import { createSubmitProps } from '@/components/flink/spec-form-submit';
import { useCreateSpec } from '@/components/flink/use-create-spec';
import { NEW_RESOURCE_ID } from '@/components/flink/use-spec-form';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import type { SessionDto } from '@/lib/validation/sessions';
import { sessionsKey } from './queries';
import { emptySessionJobValues } from './session-job-form-values';
import { SessionJobFormLayout } from './session-job-form-layout';
import { useSessionJobForm } from './use-session-job-form';

interface NewSessionJobFormProps {
  orgSlug: string;
  ws: string;
  session: SessionDto;
  context: ApplicationFormContext;
  action: (input: unknown) => Promise<ActionResult<{ name: string }>>;
}

export function NewSessionJobForm({ orgSlug, ws, session, context, action }: NewSessionJobFormProps) {
  const options = useMemo(
    () => ({ target: { id: NEW_RESOURCE_ID, workspaceId: context.workspaceId, namespace: context.namespace }, session: { name: session.name, spec: session.spec } }),
    [context, session.name, session.spec],
  );
  const form = useSessionJobForm(emptySessionJobValues, options);
  const sessionHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions/${session.name}`;
  const create = useCreateSpec({
    form,
    action,
    queryKey: sessionsKey(orgSlug, ws),
    created: (name) => ({ toast: `Job ${name} submitted to ${session.name}.`, href: `${sessionHref}/jobs/${name}` }),
  });

  return <SessionJobFormLayout form={form} session={session} {...createSubmitProps(create, sessionHref, 'Submit job')} />;
}
