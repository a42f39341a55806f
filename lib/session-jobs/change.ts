// One change to a session job, written like every change: the new desired state with a new
// version and generation, the FlinkSessionJob revision, the outbox operation and the audit
// event, in the caller's transaction, guarded by the version read (412 for the loser).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import type { Executor } from '@/lib/db/client';
import { sessionJobs, specRevisions, type flinkDeployments, type workspaces } from '@/lib/db/schema';
import { PreconditionFailedError } from '@/lib/errors';
import type { DeploymentChange } from '@/lib/flink-resources/change';
import { sessionJobManifest } from '@/lib/flink-resources/manifest';
import { enqueueOperation } from '@/lib/reconciler/outbox';
import type { SessionJobRow } from './load';

export const SESSION_JOB_APPLY = 'flink-session-job.apply';
export const SESSION_JOB_DELETE = 'flink-session-job.delete';

type Workspace = typeof workspaces.$inferSelect;
type Session = typeof flinkDeployments.$inferSelect;

export async function changeSessionJob(tx: Executor, ctx: OrgCtx, workspace: Workspace, session: Session, row: SessionJobRow, change: DeploymentChange): Promise<SessionJobRow> {
  const generation = row.generation + 1;
  const desiredState = change.desiredState ?? row.desiredState;
  const [updated] = await tx
    .update(sessionJobs)
    .set({
      spec: { ...(change.spec ?? row.spec), state: desiredState },
      desiredState,
      restartNonce: change.restartNonce ?? row.restartNonce,
      version: row.version + 1,
      generation,
      stateMessage: 'Waiting to be applied to the cluster.',
    })
    .where(and(eq(sessionJobs.id, row.id), eq(sessionJobs.version, row.version)))
    .returning();
  if (!updated) throw new PreconditionFailedError();
  await recordSessionJobRevision(tx, ctx, workspace, session, updated);
  await enqueueOperation(tx, { organizationId: ctx.organization.id, clusterId: workspace.clusterId, kind: SESSION_JOB_APPLY, targetType: 'session_job', targetId: row.id, generation });
  await recordAudit(tx, ctx, { action: change.action, target: { type: 'session_job', id: row.id, label: row.name }, details: { workspace: workspace.name, session: session.name, generation, ...change.details } });
  return updated;
}

export async function recordSessionJobRevision(tx: Executor, ctx: OrgCtx, workspace: Workspace, session: Session, row: SessionJobRow): Promise<void> {
  await tx.insert(specRevisions).values({
    organizationId: ctx.organization.id,
    sessionJobId: row.id,
    generation: row.generation,
    spec: sessionJobManifest(row, session, workspace.namespace).spec,
    createdById: ctx.actor.id,
  });
}

export async function enqueueSessionJobDelete(tx: Executor, clusterId: string, row: SessionJobRow): Promise<void> {
  await enqueueOperation(tx, { organizationId: row.organizationId, clusterId, kind: SESSION_JOB_DELETE, targetType: 'session_job', targetId: row.id, generation: row.generation });
}
