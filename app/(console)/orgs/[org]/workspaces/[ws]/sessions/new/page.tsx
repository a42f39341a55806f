// Creating a session. The form needs what the service checks against (the cluster's Flink
// versions) and where the preview's object goes; only editors and admins get it.
import type { Metadata } from 'next';
import { NewSessionForm } from '@/components/sessions/new-session-form';
import { NoEditAccess } from '@/components/flink/no-edit-access';
import { PageHeader } from '@/components/ui/page-header';
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
    <>
      <PageHeader
        level={2}
        title="New session"
        description="A Flink cluster in session mode that jobs are submitted to. Only a name and an image are needed; everything else has a default."
      />
      {context ? (
        <NewSessionForm orgSlug={org} ws={ws} context={context} action={createSessionAction.bind(null, org, ws)} />
      ) : (
        <NoEditAccess what="create sessions" backHref={`/orgs/${org}/workspaces/${ws}/sessions`} backLabel="go back to the sessions" />
      )}
    </>
  );
}
