'use client';
// Creating an application: the form with its live check and preview; on success the new
// application's page, where it shows pending until the cluster reports.
import { useMemo } from 'react';
import { createSubmitProps } from '@/components/flink/spec-form-submit';
import { useCreateSpec } from '@/components/flink/use-create-spec';
import { NEW_RESOURCE_ID } from '@/components/flink/use-spec-form';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import { newestFlinkVersion } from '@/lib/k8s/flink/validate';
import { ApplicationFormLayout } from './application-form-layout';
import { emptyFormValues } from './form-values';
import { applicationsKey } from './queries';
import { useApplicationForm } from './use-application-form';

export function NewApplicationForm({ orgSlug, ws, context, action }: { orgSlug: string; ws: string; context: ApplicationFormContext; action: (input: unknown) => Promise<ActionResult<{ name: string }>> }) {
  const options = useMemo(
    () => ({ check: { flinkVersions: context.flinkVersions, podSecurityLevel: context.podSecurityLevel }, target: { id: NEW_RESOURCE_ID, workspaceId: context.workspaceId, namespace: context.namespace } }),
    [context],
  );
  const form = useApplicationForm(() => emptyFormValues(newestFlinkVersion(context.flinkVersions) ?? ''), options);
  const listHref = `/orgs/${orgSlug}/workspaces/${ws}/applications`;
  const create = useCreateSpec({
    form,
    action,
    queryKey: applicationsKey(orgSlug, ws),
    created: (name) => ({ toast: `Application ${name} created: it is deployed as soon as the cluster takes it.`, href: `${listHref}/${name}` }),
  });

  return <ApplicationFormLayout form={form} flinkVersions={context.flinkVersions} {...createSubmitProps(create, listHref, 'Create application')} />;
}
