// The Applications tab: every Flink application of the workspace with its live state. Editors
// and admins get the button to create one (the service is the gate either way).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { ApplicationsList } from '@/components/applications/applications-list';
import { listApplications } from '@/lib/applications';
import { workspaceRoleAllows, type WorkspaceRole } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { getWorkspace } from '@/lib/workspaces';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Applications · ${(await params).ws}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const ctx = await getPageOrgCtx(org);
  const [workspace, applications] = await Promise.all([getWorkspace(ctx, ws), listApplications(ctx, ws)]).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return <ApplicationsList orgSlug={org} ws={ws} initial={applications} canCreate={workspaceRoleAllows(workspace.role as WorkspaceRole, 'applications.write')} />;
}
