// Editing a session job (an upgrade). The form checks it over its session's configuration and
// keys on the version it was opened at.
import type { Metadata } from 'next';
import { EditSessionJobForm } from '@/components/sessions/edit-session-job-form';
import { SpecFormPage } from '@/components/flink/spec-form-page';
import { getSessionJob } from '@/lib/session-jobs';
import { getSession } from '@/lib/sessions';
import { updateSessionJobAction } from '../../../../actions';
import { getSpecFormPage } from '../../../../../spec-form-context';

type Params = Promise<{ org: string; ws: string; session: string; job: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ws, job } = await params;
  return { title: `Edit ${job} · ${ws}` };
}

export default async function Page({ params }: { params: Params }) {
  const { org, ws, session: sessionName, job: name } = await params;
  const { resource, context } = await getSpecFormPage(org, ws, (ctx) => Promise.all([getSession(ctx, ws, sessionName), getSessionJob(ctx, ws, sessionName, name)]));
  const [session, job] = resource;
  return (
    <SpecFormPage
      title={`Edit ${job.name}`}
      description={`Change the job's spec and apply it: the operator upgrades it in the session ${session.name}, keeping its state as its upgrade mode says. Its desired state (running or suspended) stays as it is.`}
      form={
        context && (
          <EditSessionJobForm
            key={job.version}
            orgSlug={org}
            ws={ws}
            job={job}
            sessionSpec={session.spec}
            context={context}
            action={updateSessionJobAction.bind(null, org, ws, session.name, job.name)}
          />
        )
      }
      noAccess={{ what: 'change session jobs', backHref: `/orgs/${org}/workspaces/${ws}/sessions/${session.name}/jobs/${job.name}`, backLabel: `go back to ${job.name}` }}
    />
  );
}
