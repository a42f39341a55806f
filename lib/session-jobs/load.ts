// Finding a session and one of its jobs the caller may act on: the workspace gate first (404
// without a role there), then the session (404), then the job by name in that session (404).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { OrgCtx } from '@/lib/auth/context';
import type { WorkspacePermission } from '@/lib/auth/permissions';
import { loadDeployment } from '@/lib/applications/load';
import { getDb } from '@/lib/db/client';
import { sessionJobs } from '@/lib/db/schema';
import { NotFoundError } from '@/lib/errors';

export type SessionJobRow = typeof sessionJobs.$inferSelect;

export async function loadSessionJob(ctx: OrgCtx, wsName: string, sessionName: string, jobName: string, permission: WorkspacePermission) {
  const { workspace, role, row: session } = await loadDeployment(ctx, wsName, sessionName, 'session', permission);
  const [job] = await (await getDb()).select().from(sessionJobs).where(and(eq(sessionJobs.sessionId, session.id), eq(sessionJobs.name, jobName)));
  if (!job) throw new NotFoundError('Session job');
  return { workspace, role, session, job };
}
