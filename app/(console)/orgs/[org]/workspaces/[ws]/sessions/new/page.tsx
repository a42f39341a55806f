// Creating a session. The form needs what the service checks against (the cluster's Flink
// versions) and where the preview's object goes; only editors and admins get it.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { NewSessionForm } from '@/components/sessions/new-session-form';
import { NoEditAccess } from '@/components/sessions/no-edit-access';
import { PageHeader } from '@/components/ui/page-header';
import { getApplicationFormContext } from '@/lib/applications';
import { getPageOrgCtx } from '@/lib/auth/session';
import { ForbiddenError, NotFoundError } from '@/lib/errors';
import { createSessionAction } from '../actions';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `New session · ${(await params).ws}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  // Editors hold applications.write exactly as they hold sessions.write.
  const context = await getApplicationFormContext(await getPageOrgCtx(org), ws).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    if (err instanceof ForbiddenError) return null;
    throw err;
  });
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
