'use client';
// Creating a session: the form with its live check and preview; on success the session's page,
// where it shows pending until the cluster reports it ready.
import { useMemo } from 'react';
import { createSubmitProps } from '@/components/flink/spec-form-submit';
import { useCreateSpec } from '@/components/flink/use-create-spec';
import { NEW_RESOURCE_ID } from '@/components/flink/use-spec-form';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import { newestFlinkVersion } from '@/lib/k8s/flink/validate';
import { sessionsKey } from './queries';
import { SessionFormLayout } from './session-form-layout';
import { emptySessionValues } from './session-form-values';
import { useSessionForm } from './use-session-form';

interface NewSessionFormProps {
  orgSlug: string;
  ws: string;
  context: ApplicationFormContext;
  action: (input: unknown) => Promise<ActionResult<{ name: string }>>;
}

export function NewSessionForm({ orgSlug, ws, context, action }: NewSessionFormProps) {
  const target = useMemo(() => ({ id: NEW_RESOURCE_ID, workspaceId: context.workspaceId, namespace: context.namespace }), [context]);
  const form = useSessionForm(() => emptySessionValues(newestFlinkVersion(context.flinkVersions) ?? ''), context.flinkVersions, target, context.podSecurityLevel);
  const listHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions`;
  const create = useCreateSpec({
    form,
    action,
    queryKey: sessionsKey(orgSlug, ws),
    created: (name) => ({ toast: `Session ${name} created: it starts as soon as the cluster takes it.`, href: `${listHref}/${name}` }),
  });

  return <SessionFormLayout form={form} flinkVersions={context.flinkVersions} {...createSubmitProps(create, listHref, 'Create session')} />;
}
