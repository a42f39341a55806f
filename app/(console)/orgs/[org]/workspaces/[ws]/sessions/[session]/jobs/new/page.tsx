// Submitting a job to a session. The form checks the job over the session's configuration; a
// session that is not running yet is said so up front (the service refuses the job until it is).
import type { Metadata } from 'next';
import { AlertIcon } from '@/components/icons';
import { NewSessionJobForm } from '@/components/sessions/new-session-job-form';
import { SpecFormPage } from '@/components/flink/spec-form-page';
import { sessionNotReady } from '@/lib/flink-resources/action-rules';
import { getSession } from '@/lib/sessions';
import { createSessionJobAction } from '../../../actions';
import { getSpecFormPage } from '../../../../spec-form-context';

type Params = Promise<{ org: string; ws: string; session: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ws, session } = await params;
  return { title: `Submit a job to ${session} · ${ws}` };
}

export default async function Page({ params }: { params: Params }) {
  const { org, ws, session: name } = await params;
  const { resource: session, context } = await getSpecFormPage(org, ws, (ctx) => getSession(ctx, ws, name));
  const notReady = sessionNotReady(session);
  return (
    <SpecFormPage
      title={`Submit a job to ${session.name}`}
      description="A jar to run in the session's Flink cluster, with its own parallelism, state handling and configuration."
      form={
        context && (
          <div className="flex flex-col gap-4">
            {notReady && (
              <div role="status" className="flex gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
                <AlertIcon className="mt-0.5 size-4 shrink-0" />
                <p>{notReady}</p>
              </div>
            )}
            <NewSessionJobForm orgSlug={org} ws={ws} session={session} context={context} action={createSessionJobAction.bind(null, org, ws, session.name)} />
          </div>
        )
      }
      noAccess={{ what: 'submit jobs', backHref: `/orgs/${org}/workspaces/${ws}/sessions/${session.name}`, backLabel: `go back to ${session.name}` }}
    />
  );
}
