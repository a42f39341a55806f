// Editing a session (an upgrade of its Flink cluster). The form keys on the version it was
// opened at, so a reload after someone else's change starts from the current spec.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EditSessionForm } from '@/components/sessions/edit-session-form';
import { NoEditAccess } from '@/components/flink/no-edit-access';
import { PageHeader } from '@/components/ui/page-header';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { getSession } from '@/lib/sessions';
import { updateSessionAction } from '../../actions';
import { getSpecFormContext } from '../../../spec-form-context';

type Params = Promise<{ org: string; ws: string; session: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ws, session } = await params;
  return { title: `Edit ${session} · ${ws}` };
}

export default async function Page({ params }: { params: Params }) {
  const { org, ws, session: name } = await params;
  const ctx = await getPageOrgCtx(org);
  const session = await getSession(ctx, ws, name).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const context = await getSpecFormContext(ctx, ws);
  const sessionHref = `/orgs/${org}/workspaces/${ws}/sessions/${session.name}`;
  return (
    <>
      <PageHeader
        level={2}
        title={`Edit ${session.name}`}
        description="Change the session's spec and apply it: the operator upgrades its Flink cluster. Its jobs stay submitted."
      />
      {context ? (
        <EditSessionForm key={session.version} orgSlug={org} ws={ws} session={session} context={context} action={updateSessionAction.bind(null, org, ws, session.name)} />
      ) : (
        <NoEditAccess what="change sessions" backHref={sessionHref} backLabel={`go back to ${session.name}`} />
      )}
    </>
  );
}
