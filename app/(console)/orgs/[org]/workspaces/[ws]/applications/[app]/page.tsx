// An application's page: rendered from the service, then kept live in the browser. Editors and
// admins get the lifecycle actions, bound to this application.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApplicationDetail } from '@/components/applications/application-detail';
import { getApplication } from '@/lib/applications';
import { workspaceRoleAllows, type WorkspaceRole } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { getWorkspace } from '@/lib/workspaces';
import { deleteApplicationAction, lifecycleAction, triggerSavepointAction } from '../actions';

type Params = Promise<{ org: string; ws: string; app: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { ws, app } = await params;
  return { title: `${app} · ${ws}` };
}

export default async function Page({ params }: { params: Params }) {
  const { org, ws, app } = await params;
  const ctx = await getPageOrgCtx(org);
  const [workspace, application] = await Promise.all([getWorkspace(ctx, ws), getApplication(ctx, ws, app)]).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  const canEdit = workspaceRoleAllows(workspace.role as WorkspaceRole, 'applications.write');
  const handlers = canEdit
    ? {
        lifecycle: lifecycleAction.bind(null, org, ws, application.name),
        savepoint: triggerSavepointAction.bind(null, org, ws, application.name),
        remove: deleteApplicationAction.bind(null, org, ws, application.name),
      }
    : null;
  return <ApplicationDetail orgSlug={org} ws={ws} initial={application} handlers={handlers} />;
}
