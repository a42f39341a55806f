// Creating a session. The form needs what the service checks against (the cluster's Flink
// versions) and where the preview's object goes; only editors and admins get it.
import type { Metadata } from 'next';
import { SpecFormPage } from '@/components/flink/spec-form-page';
import { NewSessionForm } from '@/components/sessions/new-session-form';
import { getPageOrgCtx } from '@/lib/auth/session';
import { createSessionAction } from '../actions';
import { getSpecFormContext } from '../../spec-form-context';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `New session · ${(await params).ws}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const context = await getSpecFormContext(await getPageOrgCtx(org), ws);
  return (
    <SpecFormPage
      title="New session"
      description="A Flink cluster in session mode that jobs are submitted to. Only a name and an image are needed; everything else has a default."
      form={context && <NewSessionForm orgSlug={org} ws={ws} context={context} action={createSessionAction.bind(null, org, ws)} />}
      noAccess={{ what: 'create sessions', backHref: `/orgs/${org}/workspaces/${ws}/sessions`, backLabel: 'go back to the sessions' }}
    />
  );
}
