// The Savepoints tab: every savepoint of the workspace's applications and session jobs, live.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { WorkspaceSavepoints } from '@/components/savepoints/workspace-savepoints';
import { getPageOrgCtx } from '@/lib/auth/session';
import { NotFoundError } from '@/lib/errors';
import { listWorkspaceSavepoints } from '@/lib/savepoints/list';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Savepoints · ${(await params).ws}` };
}

export default async function Page({ params }: { params: Promise<{ org: string; ws: string }> }) {
  const { org, ws } = await params;
  const savepoints = await listWorkspaceSavepoints(await getPageOrgCtx(org), ws).catch((err) => {
    if (err instanceof NotFoundError) notFound();
    throw err;
  });
  return <WorkspaceSavepoints orgSlug={org} ws={ws} initial={savepoints} />;
}
