// One change to a FlinkDeployment row (application or session), written the way every change
// is: the new desired state with a new version and generation, the spec revision Flotilla will
// apply, the outbox operation and the audit event, in the caller's transaction. The update is
// guarded by the version read, so two concurrent writers cannot both win (the loser gets 412).
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import type { Executor } from '@/lib/db/client';
import { flinkDeployments, specRevisions, type workspaces } from '@/lib/db/schema';
import { ConflictError, PreconditionFailedError, ValidationError } from '@/lib/errors';
import { isUniqueViolation } from '@/lib/db/errors';
import { getDb } from '@/lib/db/client';
import { enqueueOperation } from '@/lib/reconciler/outbox';
import { deploymentManifest } from './manifest';

export const DEPLOYMENT_APPLY = 'flink-deployment.apply';
export const DEPLOYMENT_DELETE = 'flink-deployment.delete';

type Row = typeof flinkDeployments.$inferSelect;
type Workspace = typeof workspaces.$inferSelect;

export interface DeploymentChange {
  spec?: Record<string, unknown>;
  desiredState?: 'running' | 'suspended';
  restartNonce?: number;
  /** Audit action, e.g. application.suspend. */
  action: string;
  details?: Record<string, unknown>;
}

export async function changeDeployment(tx: Executor, ctx: OrgCtx, workspace: Workspace, row: Row, change: DeploymentChange): Promise<Row> {
  const generation = row.generation + 1;
  const desiredState = change.desiredState ?? row.desiredState;
  const spec = change.spec ?? row.spec;
  const [updated] = await tx
    .update(flinkDeployments)
    .set({
      // The stored spec's job state follows the desired state, so an edit form shows the truth.
      spec: row.mode === 'application' ? { ...spec, state: desiredState } : spec,
      desiredState,
      restartNonce: change.restartNonce ?? row.restartNonce,
      version: row.version + 1,
      generation,
      stateMessage: 'Waiting to be applied to the cluster.',
    })
    .where(and(eq(flinkDeployments.id, row.id), eq(flinkDeployments.version, row.version)))
    .returning();
  if (!updated) throw new PreconditionFailedError();
  await recordRevision(tx, ctx, workspace, updated);
  await enqueueOperation(tx, { organizationId: ctx.organization.id, clusterId: workspace.clusterId, kind: DEPLOYMENT_APPLY, targetType: row.mode, targetId: row.id, generation });
  await recordAudit(tx, ctx, { action: change.action, target: { type: row.mode, id: row.id, label: row.name }, details: { workspace: workspace.name, generation, ...change.details } });
  return updated;
}

/** The FlinkDeployment spec of this generation, as it will be applied, kept for the history. */
export async function recordRevision(tx: Executor, ctx: OrgCtx, workspace: Workspace, row: Row): Promise<void> {
  await tx.insert(specRevisions).values({
    organizationId: ctx.organization.id,
    deploymentId: row.id,
    generation: row.generation,
    spec: deploymentManifest(row, workspace.namespace).spec,
    createdById: ctx.actor.id,
  });
}

/** Deletion is an operation too: the reconciler removes the object and then the row. */
export async function enqueueDeploymentDelete(tx: Executor, clusterId: string, row: Row): Promise<void> {
  await enqueueOperation(tx, { organizationId: row.organizationId, clusterId, kind: DEPLOYMENT_DELETE, targetType: row.mode, targetId: row.id, generation: row.generation });
}

export interface NewDeployment {
  mode: 'application' | 'session';
  spec: { name: string; state?: 'running' | 'suspended' };
  /** What the audit event says of it besides its workspace. */
  details: Record<string, unknown>;
}

/**
 * Stores a new application or session pending, with its first revision, its apply operation
 * and its audit event, in one transaction. Both share one name space per workspace.
 */
export async function createDeployment(ctx: OrgCtx, workspace: Workspace, input: NewDeployment): Promise<Row> {
  if (workspace.state === 'deleting') throw new ConflictError('This workspace is being deleted.');
  try {
    return await (await getDb()).transaction(async (tx) => {
      const [row] = await tx
        .insert(flinkDeployments)
        .values({
          organizationId: ctx.organization.id,
          workspaceId: workspace.id,
          mode: input.mode,
          name: input.spec.name,
          spec: input.spec as unknown as Record<string, unknown>,
          desiredState: input.spec.state ?? 'running',
          stateMessage: 'Waiting to be applied to the cluster.',
          createdById: ctx.actor.id,
        })
        .returning();
      await recordRevision(tx, ctx, workspace, row!);
      await enqueueOperation(tx, { organizationId: ctx.organization.id, clusterId: workspace.clusterId, kind: DEPLOYMENT_APPLY, targetType: input.mode, targetId: row!.id, generation: 1 });
      await recordAudit(tx, ctx, { action: `${input.mode}.create`, target: { type: input.mode, id: row!.id, label: row!.name }, details: { workspace: workspace.name, ...input.details } });
      return row!;
    });
  } catch (err) {
    if (isUniqueViolation(err, 'flink_deployments_ws_name_key')) {
      throw new ValidationError({ name: ['An application or session of that name exists in this workspace.'] });
    }
    throw err;
  }
}
