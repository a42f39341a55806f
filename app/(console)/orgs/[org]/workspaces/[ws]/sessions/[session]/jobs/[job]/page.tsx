// A session job's page: rendered from the service, then kept live in the browser. Editors and
// admins get its actions, bound to its session.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SessionJobDetail } from '@/components/sessions/session-job-detail';
import { workspaceRoleAllows, type WorkspaceRole } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { getSessionJob } from '@/lib/session-jobs';
import { getWorkspace } from '@/lib/workspaces';
import { deleteSessionJobAction, sessionJobLifecycleAction, triggerSessionJobSavepointAction } from '../../../actions';

type Params = Promise<{ org: string; ws: string; session: string; job: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ws, job } = await params;
  return { title: `${job} · ${ws}` };
}

export default async function Page({ params }: { params: Params }) {
  const { org, ws, session, job: name } = await params;
  const ctx = await getPageOrgCtx(org);
  const [workspace, job] = await Promise.all([getWorkspace(ctx, ws), getSessionJob(ctx, ws, session, name)]).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const handlers = workspaceRoleAllows(workspace.role as WorkspaceRole, 'sessions.write')
    ? {
        lifecycle: sessionJobLifecycleAction.bind(null, org, ws, job.session),
        savepoint: triggerSessionJobSavepointAction.bind(null, org, ws, job.session),
        remove: deleteSessionJobAction.bind(null, org, ws, job.session),
      }
    : null;
  return <SessionJobDetail orgSlug={org} ws={ws} initial={job} handlers={handlers} />;
}
