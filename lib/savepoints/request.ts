// Asking for a savepoint: a row in `savepoints` (pending) and the outbox operation that applies
// its FlinkStateSnapshot, in the caller's transaction. The status poller fills in the state,
// path and error the operator reports. Callers check first that the job can take one.
import 'server-only';
import { randomBytes } from 'node:crypto';
import type { OrgCtx } from '@/lib/auth/context';
import type { Executor } from '@/lib/db/client';
import { savepoints, type workspaces } from '@/lib/db/schema';
import { savepointSnapshotName } from '@/lib/k8s/flink/build-flink-state-snapshot';
import { enqueueOperation } from '@/lib/reconciler/outbox';

export const SAVEPOINT_APPLY = 'savepoint.apply';

export type SavepointRow = typeof savepoints.$inferSelect;
export type SavepointTrigger = SavepointRow['trigger'];

export interface SavepointTarget {
  kind: 'FlinkDeployment' | 'FlinkSessionJob';
  id: string;
  name: string;
}

export async function requestSavepoint(
  tx: Executor,
  ctx: OrgCtx,
  workspace: typeof workspaces.$inferSelect,
  target: SavepointTarget,
  trigger: SavepointTrigger,
): Promise<SavepointRow> {
  const [row] = await tx
    .insert(savepoints)
    .values({
      organizationId: ctx.organization.id,
      workspaceId: workspace.id,
      ...(target.kind === 'FlinkDeployment' ? { deploymentId: target.id } : { sessionJobId: target.id }),
      targetName: target.name,
      name: savepointSnapshotName(target.name, randomBytes(6).toString('hex')),
      trigger,
      createdById: ctx.actor.id,
    })
    .returning();
  await enqueueOperation(tx, { organizationId: ctx.organization.id, clusterId: workspace.clusterId, kind: SAVEPOINT_APPLY, targetType: 'savepoint', targetId: row!.id });
  return row!;
}
