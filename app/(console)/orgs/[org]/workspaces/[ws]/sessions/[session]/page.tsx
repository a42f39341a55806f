// A session's page: rendered from the services, then kept live in the browser. Editors and
// admins get the session's actions and its jobs' actions, bound to this session.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SessionDetail } from '@/components/sessions/session-detail';
import { workspaceRoleAllows, type WorkspaceRole } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { listSessionJobs } from '@/lib/session-jobs';
import { getSession } from '@/lib/sessions';
import { getWorkspace } from '@/lib/workspaces';
import {
  deleteSessionAction,
  deleteSessionJobAction,
  restartSessionAction,
  sessionJobLifecycleAction,
  triggerSessionJobSavepointAction,
} from '../actions';

type Params = Promise<{ org: string; ws: string; session: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ws, session } = await params;
  return { title: `${session} · ${ws}` };
}

export default async function Page({ params }: { params: Params }) {
  const { org, ws, session: name } = await params;
  const ctx = await getPageOrgCtx(org);
  const [workspace, session, jobs] = await Promise.all([getWorkspace(ctx, ws), getSession(ctx, ws, name), listSessionJobs(ctx, ws, name)]).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const handlers = workspaceRoleAllows(workspace.role as WorkspaceRole, 'sessions.write')
    ? {
        session: { restart: restartSessionAction.bind(null, org, ws, session.name), remove: deleteSessionAction.bind(null, org, ws, session.name) },
        jobs: {
          lifecycle: sessionJobLifecycleAction.bind(null, org, ws, session.name),
          savepoint: triggerSessionJobSavepointAction.bind(null, org, ws, session.name),
          remove: deleteSessionJobAction.bind(null, org, ws, session.name),
        },
      }
    : null;
  return <SessionDetail orgSlug={org} ws={ws} initial={session} initialJobs={jobs} handlers={handlers} />;
}
