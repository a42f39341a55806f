// Deleting a session job, alone or as part of its session's deletion: marked deleting, then
// either a final savepoint (the status poller sends the delete once it completes) or the delete
// operation straight away. With `ifPossible`, a job that cannot take a savepoint (not running,
// no savepoint directory) is deleted without one instead of blocking its session's deletion.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import type { Executor } from '@/lib/db/client';
import { sessionJobs, type workspaces } from '@/lib/db/schema';
import { ConflictError } from '@/lib/errors';
import { savepointRefusal, sessionSavepointDir } from '@/lib/flink-resources/action-rules';
import { requestSavepoint } from '@/lib/savepoints/request';
import { enqueueSessionJobDelete } from './change';
import type { SessionJobRow } from './load';

export async function deleteJobInTx(
  tx: Executor,
  ctx: OrgCtx,
  workspace: typeof workspaces.$inferSelect,
  job: SessionJobRow,
  opts: { savepoint?: boolean; ifPossible?: boolean; sessionSpec: Record<string, unknown> },
): Promise<SessionJobRow> {
  const refusal = opts.savepoint ? savepointRefusal({ ...job, inheritedSavepointDir: sessionSavepointDir(opts.sessionSpec) }) : null;
  if (refusal && !opts.ifPossible) throw new ConflictError(`No final savepoint possible: ${refusal}`);
  const withSavepoint = Boolean(opts.savepoint) && !refusal;
  const [updated] = await tx
    .update(sessionJobs)
    .set({
      deletionRequestedAt: new Date(),
      state: 'deleting',
      stateMessage: withSavepoint ? 'Taking a final savepoint; the job is deleted once it completes.' : 'Deleting.',
      version: sql`${sessionJobs.version} + 1`,
    })
    .where(eq(sessionJobs.id, job.id))
    .returning();
  if (withSavepoint) await requestSavepoint(tx, ctx, workspace, { kind: 'FlinkSessionJob', id: job.id, name: job.name }, 'delete');
  else await enqueueSessionJobDelete(tx, workspace.clusterId, updated!);
  await recordAudit(tx, ctx, {
    action: 'session_job.delete',
    target: { type: 'session_job', id: job.id, label: job.name },
    details: { workspace: workspace.name, finalSavepoint: withSavepoint, ...(refusal && opts.savepoint ? { savepointSkipped: refusal } : {}) },
  });
  return updated!;
}
