// Editing a session (an upgrade of its Flink cluster). The form keys on the version it was
// opened at, so a reload after someone else's change starts from the current spec.
import type { Metadata } from 'next';
import { EditSessionForm } from '@/components/sessions/edit-session-form';
import { SpecFormPage } from '@/components/flink/spec-form-page';
import { getSession } from '@/lib/sessions';
import { updateSessionAction } from '../../actions';
import { getSpecFormPage } from '../../../spec-form-context';

type Params = Promise<{ org: string; ws: string; session: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ws, session } = await params;
  return { title: `Edit ${session} · ${ws}` };
}

export default async function Page({ params }: { params: Params }) {
  const { org, ws, session: name } = await params;
  const { resource: session, context } = await getSpecFormPage(org, ws, (ctx) => getSession(ctx, ws, name));
  return (
    <SpecFormPage
      title={`Edit ${session.name}`}
      description="Change the session's spec and apply it: the operator upgrades its Flink cluster. Its jobs stay submitted."
      form={context && <EditSessionForm key={session.version} orgSlug={org} ws={ws} session={session} context={context} action={updateSessionAction.bind(null, org, ws, session.name)} />}
      noAccess={{ what: 'change sessions', backHref: `/orgs/${org}/workspaces/${ws}/sessions/${session.name}`, backLabel: `go back to ${session.name}` }}
    />
  );
}
