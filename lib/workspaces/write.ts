// Changing workspaces. Each change writes the desired state, an outbox operation for the
// reconciler and the audit event in one transaction; the caller gets the workspace back
// `pending` (or `deleting`) and the worker brings the cluster in line.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import { parseInput } from '@/lib/api/parse';
import { authorizeOrg, authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { clusters, flinkDeployments, workspaces } from '@/lib/db/schema';
import { ConflictError, ValidationError } from '@/lib/errors';
import { enqueueOperation } from '@/lib/reconciler/outbox';
import { CreateWorkspaceInput, UpdateWorkspaceInput } from '@/lib/validation/workspaces';
import { readWorkspaceCluster, toWorkspaceDto, WORKSPACE_CLUSTER_COLUMNS, type WorkspaceDto } from './dto';

export const WORKSPACE_APPLY = 'workspace.apply';
export const WORKSPACE_DELETE = 'workspace.delete';

/** A level weaker than `restricted` lets pods do more on a shared cluster: the organization decides. */
function authorizePodSecurity(ctx: OrgCtx): void {
  authorizeOrg(ctx, 'workspaces.pod_security', "Only organization owners and admins may choose a workspace's Pod Security level.");
}

export async function createWorkspace(ctx: OrgCtx, input: unknown): Promise<WorkspaceDto> {
  authorizeOrg(ctx, 'workspaces.create');
  const data = parseInput(CreateWorkspaceInput, input);
  if (data.podSecurityLevel !== 'restricted') authorizePodSecurity(ctx);
  const namespace = data.namespace ?? data.name;
  const db = await getDb();
  const [cluster] = await db
    .select(WORKSPACE_CLUSTER_COLUMNS)
    .from(clusters)
    .where(and(eq(clusters.organizationId, ctx.organization.id), eq(clusters.name, data.cluster)));
  if (!cluster) throw new ValidationError({ cluster: ['No cluster of that name in this organization.'] });
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(workspaces)
        .values({
          organizationId: ctx.organization.id,
          clusterId: cluster.id,
          name: data.name,
          namespace,
          description: data.description,
          quotaCpu: data.quota?.cpu ?? null,
          quotaMemory: data.quota?.memory ?? null,
          quotaMaxDeployments: data.quota?.maxDeployments ?? null,
          adoptNamespace: data.adoptNamespace,
          podSecurityLevel: data.podSecurityLevel,
          createdById: ctx.actor.id,
        })
        .returning();
      await enqueueOperation(tx, { organizationId: ctx.organization.id, clusterId: cluster.id, kind: WORKSPACE_APPLY, targetType: 'workspace', targetId: row!.id, generation: 1 });
      await recordAudit(tx, ctx, {
        action: 'workspace.create',
        target: { type: 'workspace', id: row!.id, label: row!.name },
        details: { cluster: cluster.name, namespace, quota: data.quota ?? null, adoptNamespace: data.adoptNamespace, podSecurityLevel: data.podSecurityLevel },
      });
      return toWorkspaceDto(row!, cluster);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'workspaces_org_name_key')) throw new ValidationError({ name: ['A workspace of that name exists.'] });
    if (isUniqueViolation(err, 'workspaces_cluster_namespace_key')) {
      throw new ValidationError({ namespace: ['Another workspace uses this namespace on that cluster.'] });
    }
    throw err;
  }
}

export async function updateWorkspace(ctx: OrgCtx, name: string, input: unknown): Promise<WorkspaceDto> {
  const { workspace } = await authorizeWorkspace(ctx, name, 'workspace.update');
  const data = parseInput(UpdateWorkspaceInput, input);
  const levelChanged = data.podSecurityLevel !== undefined && data.podSecurityLevel !== workspace.podSecurityLevel;
  if (levelChanged) authorizePodSecurity(ctx);
  if (workspace.state === 'deleting') throw new ConflictError('This workspace is being deleted.');
  const quota =
    data.quota === undefined
      ? {}
      : { quotaCpu: data.quota?.cpu ?? null, quotaMemory: data.quota?.memory ?? null, quotaMaxDeployments: data.quota?.maxDeployments ?? null };
  const quotaChanged =
    data.quota !== undefined &&
    (quota.quotaCpu !== workspace.quotaCpu || quota.quotaMemory !== workspace.quotaMemory || quota.quotaMaxDeployments !== workspace.quotaMaxDeployments);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const reapply = quotaChanged || levelChanged;
    const generation = reapply ? workspace.generation + 1 : workspace.generation;
    const [row] = await tx
      .update(workspaces)
      .set({
        ...(data.description !== undefined ? { description: data.description } : {}),
        ...quota,
        ...(levelChanged ? { podSecurityLevel: data.podSecurityLevel } : {}),
        generation,
        ...(reapply ? { state: 'pending' as const } : {}),
      })
      .where(eq(workspaces.id, workspace.id))
      .returning();
    if (reapply) {
      await enqueueOperation(tx, { organizationId: ctx.organization.id, clusterId: workspace.clusterId, kind: WORKSPACE_APPLY, targetType: 'workspace', targetId: workspace.id, generation });
    }
    const details = levelChanged ? { ...data, podSecurityLevel: { from: workspace.podSecurityLevel, to: data.podSecurityLevel } } : data;
    await recordAudit(tx, ctx, { action: 'workspace.update', target: { type: 'workspace', id: workspace.id, label: workspace.name }, details });
    return toWorkspaceDto(row!, await readWorkspaceCluster(tx, ctx.organization.id, workspace.clusterId));
  });
}

/** Marks the workspace `deleting`; the reconciler removes what Flotilla created, then the row. */
export async function deleteWorkspace(ctx: OrgCtx, name: string): Promise<WorkspaceDto> {
  const { workspace } = await authorizeWorkspace(ctx, name, 'workspace.delete');
  const db = await getDb();
  const deployments = await db
    .select({ name: flinkDeployments.name, mode: flinkDeployments.mode })
    .from(flinkDeployments)
    .where(eq(flinkDeployments.workspaceId, workspace.id));
  if (deployments.length > 0) {
    const list = deployments.map((d) => `${d.mode} ${d.name}`).join(', ');
    throw new ConflictError(`Delete this workspace's applications and sessions first: ${list}.`);
  }
  if (workspace.state === 'deleting') throw new ConflictError('This workspace is already being deleted.');
  return db.transaction(async (tx) => {
    const generation = workspace.generation + 1;
    const [row] = await tx.update(workspaces).set({ state: 'deleting', stateMessage: null, generation }).where(eq(workspaces.id, workspace.id)).returning();
    await enqueueOperation(tx, { organizationId: ctx.organization.id, clusterId: workspace.clusterId, kind: WORKSPACE_DELETE, targetType: 'workspace', targetId: workspace.id, generation });
    await recordAudit(tx, ctx, { action: 'workspace.delete', target: { type: 'workspace', id: workspace.id, label: workspace.name } });
    return toWorkspaceDto(row!, await readWorkspaceCluster(tx, ctx.organization.id, workspace.clusterId));
  });
}
