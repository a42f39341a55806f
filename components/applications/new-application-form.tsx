'use client';
// Creating an application: the form with its live check and preview; on success the new
// application's page, where it shows pending until the cluster reports.
import { useQueryClient } from '@tanstack/react-query';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useMemo, useState, useTransition } from 'react';
import { Button, buttonClasses } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { ApplicationFormContext } from '@/lib/applications';
import { newestFlinkVersion } from '@/lib/k8s/flink/validate';
import { ApplicationFormLayout } from './application-form-layout';
import { emptyFormValues } from './form-values';
import { applicationsKey } from './queries';
import { useApplicationForm } from './use-application-form';

/** The preview's stand-in for the id a new application gets (only its resource label shows it). */
const NEW_APPLICATION_ID = 'assigned-on-create';

export function NewApplicationForm({ orgSlug, ws, context, action }: { orgSlug: string; ws: string; context: ApplicationFormContext; action: (input: unknown) => Promise<ActionResult<{ name: string }>> }) {
  const options = useMemo(
    () => ({ check: { flinkVersions: context.flinkVersions }, target: { id: NEW_APPLICATION_ID, workspaceId: context.workspaceId, namespace: context.namespace } }),
    [context],
  );
  const form = useApplicationForm(() => emptyFormValues(newestFlinkVersion(context.flinkVersions) ?? ''), options);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const listHref = `/orgs/${orgSlug}/workspaces/${ws}/applications`;

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
      await queryClient.invalidateQueries({ queryKey: applicationsKey(orgSlug, ws) });
      toast(`Application ${result.name} created: it is deployed as soon as the cluster takes it.`);
      router.push(`${listHref}/${result.name}`);
    });
  };

  return (
    <ApplicationFormLayout
      form={form}
      flinkVersions={context.flinkVersions}
      editing={false}
      onSubmit={submit}
      alert={message && <FormAlert message={message} />}
      buttons={
        <>
          <Link href={listHref} className={buttonClasses('secondary')}>
            Cancel
          </Link>
          <Button type="submit" loading={pending}>
            Create application
          </Button>
        </>
      }
    />
  );
}
