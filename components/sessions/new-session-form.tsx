'use client';
// Creating a session: the form with its live check and preview; on success the session's page,
// where it shows pending until the cluster reports it ready.
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
import { sessionsKey } from './queries';
import { SessionFormLayout } from './session-form-layout';
import { emptySessionValues } from './session-form-values';
import { useSessionForm } from './use-session-form';

/** The preview's stand-in for the id a new session gets (only its resource label shows it). */
const NEW_SESSION_ID = 'assigned-on-create';

interface NewSessionFormProps {
  orgSlug: string;
  ws: string;
  context: ApplicationFormContext;
  action: (input: unknown) => Promise<ActionResult<{ name: string }>>;
}

export function NewSessionForm({ orgSlug, ws, context, action }: NewSessionFormProps) {
  const target = useMemo(() => ({ id: NEW_SESSION_ID, workspaceId: context.workspaceId, namespace: context.namespace }), [context]);
  const form = useSessionForm(() => emptySessionValues(newestFlinkVersion(context.flinkVersions) ?? ''), context.flinkVersions, target);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  const listHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions`;

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
      toast(`Session ${result.name} created: it starts as soon as the cluster takes it.`);
      router.push(`${listHref}/${result.name}`);
    });
  };

  return (
    <SessionFormLayout
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
            Create session
          </Button>
        </>
      }
    />
  );
}
