// The Sessions tab: every Flink session of the workspace with its live state, capacity and jobs.
// Editors and admins get the button to create one (the service is the gate either way).
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { SessionsList } from '@/components/sessions/sessions-list';
import { workspaceRoleAllows, type WorkspaceRole } from '@/lib/auth/permissions';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { listSessions } from '@/lib/sessions';
import { getWorkspace } from '@/lib/workspaces';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Sessions · ${(await params).ws}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const ctx = await getPageOrgCtx(org);
  const [workspace, sessions] = await Promise.all([getWorkspace(ctx, ws), listSessions(ctx, ws)]).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return <SessionsList orgSlug={org} ws={ws} initial={sessions} canCreate={workspaceRoleAllows(workspace.role as WorkspaceRole, 'sessions.write')} />;
}
