// A deletion that waits for its final savepoint: once the savepoint has an outcome, the
// deletion goes ahead (completed) or stops, saying why (failed or abandoned) — and a session
// whose deletion waited on that job stops too, so nothing is left half deleted. Called in the
// transaction that records the outcome (by the status observer, or the reconciler when the
// snapshot could not even be applied).
import 'server-only';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Ctx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import type { Executor } from '@/lib/db/client';
import { flinkDeployments, sessionJobs, type savepoints } from '@/lib/db/schema';
import { enqueueSessionJobDelete } from '@/lib/session-jobs/change';
import { enqueueDeploymentDelete } from './change';

type SavepointRow = typeof savepoints.$inferSelect;

const SYSTEM: Ctx = { requestId: 'final-savepoint', actor: { type: 'system', id: null, name: 'reconciler' } };

export async function settleFinalSavepoint(tx: Executor, clusterId: string, savepoint: SavepointRow): Promise<void> {
  if (savepoint.trigger !== 'delete' || savepoint.state === 'pending' || savepoint.state === 'in_progress') return;
  if (savepoint.deploymentId) await finishDeletion(tx, clusterId, savepoint);
  if (savepoint.sessionJobId) await finishJobDeletion(tx, clusterId, savepoint);
}

/** A deletion waiting for its final savepoint: go ahead when it completed, stop when it did not. */
async function finishDeletion(tx: Executor, clusterId: string, savepoint: SavepointRow) {
  const [row] = await tx
    .select()
    .from(flinkDeployments)
    .where(and(eq(flinkDeployments.id, savepoint.deploymentId!), isNotNull(flinkDeployments.deletionRequestedAt)));
  if (!row) return;
  if (savepoint.state === 'completed') {
    await tx.update(flinkDeployments).set({ stateMessage: `Final savepoint written to ${savepoint.path}; deleting.` }).where(eq(flinkDeployments.id, row.id));
    await enqueueDeploymentDelete(tx, clusterId, row);
    return;
  }
  const why = `The final savepoint ${savepoint.state === 'failed' ? 'failed' : 'was abandoned'} (${savepoint.error ?? 'no reason given'}), so ${row.name} was not deleted. Delete it without a savepoint, or fix the job and try again.`;
  await tx
    .update(flinkDeployments)
    .set({ deletionRequestedAt: null, state: 'failed', stateMessage: why, version: sql`${flinkDeployments.version} + 1` })
    .where(eq(flinkDeployments.id, row.id));
  await recordAudit(tx, SYSTEM, { organizationId: row.organizationId, action: `${row.mode}.delete_stopped`, target: { type: row.mode, id: row.id, label: row.name }, details: { savepoint: savepoint.name, reason: savepoint.error } });
}

/** The same for a session job; a failed final savepoint also stops its session's deletion. */
async function finishJobDeletion(tx: Executor, clusterId: string, savepoint: SavepointRow) {
  const [job] = await tx
    .select()
    .from(sessionJobs)
    .where(and(eq(sessionJobs.id, savepoint.sessionJobId!), isNotNull(sessionJobs.deletionRequestedAt)));
  if (!job) return;
  if (savepoint.state === 'completed') {
    await tx.update(sessionJobs).set({ stateMessage: `Final savepoint written to ${savepoint.path}; deleting.` }).where(eq(sessionJobs.id, job.id));
    await enqueueSessionJobDelete(tx, clusterId, job);
    return;
  }
  const why = `The final savepoint ${savepoint.state === 'failed' ? 'failed' : 'was abandoned'} (${savepoint.error ?? 'no reason given'}), so ${job.name} was not deleted.`;
  await tx.update(sessionJobs).set({ deletionRequestedAt: null, state: 'failed', stateMessage: why, version: sql`${sessionJobs.version} + 1` }).where(eq(sessionJobs.id, job.id));
  const [session] = await tx
    .update(flinkDeployments)
    .set({ deletionRequestedAt: null, stateMessage: `Deletion stopped: ${why}` })
    .where(and(eq(flinkDeployments.id, job.sessionId), isNotNull(flinkDeployments.deletionRequestedAt)))
    .returning();
  await recordAudit(tx, SYSTEM, { organizationId: job.organizationId, action: 'session_job.delete_stopped', target: { type: 'session_job', id: job.id, label: job.name }, details: { savepoint: savepoint.name, reason: savepoint.error, sessionDeletionStopped: Boolean(session) } });
}
