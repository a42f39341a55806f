// Submitting, upgrading and deleting session jobs. A job goes only to a session that is ready
// (running, not being deleted); it is checked with the session's configuration underneath its
// own, as the operator would run it, before anything is stored.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { loadDeployment } from '@/lib/applications/load';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { flinkDeployments, sessionJobs } from '@/lib/db/schema';
import { ConflictError, ValidationError } from '@/lib/errors';
import { sessionNotReady } from '@/lib/flink-resources/action-rules';
import { checkVersion, refuseWhileDeleting, type WriteOptions } from '@/lib/flink-resources/guards';
import { checkSessionJob } from '@/lib/k8s/flink/check-spec';
import { buildFlinkConfiguration } from '@/lib/k8s/flink/flink-configuration';
import { enqueueOperation } from '@/lib/reconciler/outbox';
import type { SessionSpec } from '@/lib/validation/flink';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { changeSessionJob, recordSessionJobRevision, SESSION_JOB_APPLY } from './change';
import { deleteJobInTx } from './delete';
import { toSessionJobDto } from './dto';
import { loadSessionJob } from './load';

type Session = typeof flinkDeployments.$inferSelect;

function checkAgainst(session: Session, input: unknown) {
  const spec = session.spec as unknown as SessionSpec;
  const checked = checkSessionJob(input, { sessionConfiguration: buildFlinkConfiguration(spec, spec.flinkVersion), sessionFlinkVersion: spec.flinkVersion });
  if (!checked.ok) throw new ValidationError(checked.fieldErrors);
  return checked.spec;
}

export async function createSessionJob(ctx: OrgCtx, wsName: string, sessionName: string, input: unknown): Promise<SessionJobDto> {
  const { workspace, row: session } = await loadDeployment(ctx, wsName, sessionName, 'session', 'sessions.write');
  const spec = checkAgainst(session, input);
  const notReady = sessionNotReady(session);
  if (notReady) throw new ConflictError(notReady);
  const db = await getDb();
  try {
    return await db.transaction(async (tx) => {
      // Shares the lock a session's deletion takes: a job never slips in after the jobs were counted.
      const [locked] = await tx.select({ deletionRequestedAt: flinkDeployments.deletionRequestedAt }).from(flinkDeployments).where(eq(flinkDeployments.id, session.id)).for('share');
      if (!locked || locked.deletionRequestedAt) throw new ConflictError(`The session ${session.name} is being deleted.`);
      const [row] = await tx
        .insert(sessionJobs)
        .values({
          organizationId: ctx.organization.id,
          workspaceId: workspace.id,
          sessionId: session.id,
          name: spec.name,
          spec: spec as unknown as Record<string, unknown>,
          desiredState: spec.state,
          stateMessage: 'Waiting to be applied to the cluster.',
          createdById: ctx.actor.id,
        })
        .returning();
      await recordSessionJobRevision(tx, ctx, workspace, session, row!);
      await enqueueOperation(tx, { organizationId: ctx.organization.id, clusterId: workspace.clusterId, kind: SESSION_JOB_APPLY, targetType: 'session_job', targetId: row!.id, generation: 1 });
      await recordAudit(tx, ctx, {
        action: 'session_job.create',
        target: { type: 'session_job', id: row!.id, label: row!.name },
        details: { workspace: workspace.name, session: session.name, jarURI: spec.jarURI, state: spec.state },
      });
      return toSessionJobDto(row!, workspace.name, session);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'session_jobs_ws_name_key')) throw new ValidationError({ name: ['A session job of that name exists in this workspace.'] });
    throw err;
  }
}

/** Replaces the job's spec (an upgrade); without `state`, the desired state stays. */
export async function updateSessionJob(ctx: OrgCtx, wsName: string, sessionName: string, jobName: string, input: unknown, opts: WriteOptions = {}): Promise<SessionJobDto> {
  const { workspace, session, job } = await loadSessionJob(ctx, wsName, sessionName, jobName, 'sessions.write');
  const withState = input && typeof input === 'object' && (input as { state?: unknown }).state === undefined ? { ...input, state: job.desiredState } : input;
  const spec = checkAgainst(session, withState);
  if (spec.name !== job.name) throw new ValidationError({ name: ['The name cannot change: submit a new job instead.'] });
  checkVersion(job, opts.ifMatch);
  refuseWhileDeleting(job);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const updated = await changeSessionJob(tx, ctx, workspace, session, job, { spec: spec as unknown as Record<string, unknown>, desiredState: spec.state, action: 'session_job.update' });
    return toSessionJobDto(updated, workspace.name, session);
  });
}

export async function deleteSessionJob(ctx: OrgCtx, wsName: string, sessionName: string, jobName: string, opts: WriteOptions & { savepoint?: boolean } = {}): Promise<SessionJobDto> {
  const { workspace, session, job } = await loadSessionJob(ctx, wsName, sessionName, jobName, 'sessions.write');
  checkVersion(job, opts.ifMatch);
  refuseWhileDeleting(job);
  const db = await getDb();
  return db.transaction(async (tx) => toSessionJobDto(await deleteJobInTx(tx, ctx, workspace, job, { savepoint: opts.savepoint, sessionSpec: session.spec }), workspace.name, session));
}
