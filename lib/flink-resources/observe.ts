// Reads the status of every Flink object Flotilla manages in one cluster back into Postgres:
// one list call per kind (label-selected, cluster-wide), matched to rows by the resource label
// (or, for snapshots, by namespace and name). Writes the state summary, the raw status and when
// it was observed. A row whose newer change is not applied yet keeps the reconciler's message;
// an object that vanished is applied again; a final savepoint that completes lets its
// application's deletion go ahead, and one that fails stops it. The savepoints the operator
// takes by itself are mirrored by lib/savepoints/observe-operator-snapshots.ts.
import 'server-only';
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { getConfig } from '@/lib/config';
import type { Database } from '@/lib/db/client';
import { flinkDeployments, operations, savepoints, sessionJobs, workspaces } from '@/lib/db/schema';
import { silentOperatorMessage, summarizeFlinkStatus, summarizeSnapshotStatus, type FlinkResourceStatus, type SnapshotStatus } from '@/lib/k8s/flink/status';
import { expectStatus, type KubeApi } from '@/lib/k8s/kube-api';
import { FLOTILLA_LABELS, MANAGED_BY_FLOTILLA } from '@/lib/k8s/manifests/labels';
import { enqueueOperation } from '@/lib/reconciler/outbox';
import { SESSION_JOB_APPLY } from '@/lib/session-jobs/change';
import { triggeredSavepointSummary } from '@/lib/savepoints/method';
import { observeOperatorSnapshots } from '@/lib/savepoints/observe-operator-snapshots';
import { OPEN_SAVEPOINT_STATES, savepointOutcome } from '@/lib/savepoints/outcome';
import { WORKSPACE_APPLY } from '@/lib/workspaces/write';
import { DEPLOYMENT_APPLY } from './change';
import { settleFinalSavepoint } from './final-savepoint';

interface ListedObject {
  metadata: { name: string; namespace: string; generation?: number; deletionTimestamp?: string; creationTimestamp?: string; labels?: Record<string, string> };
  spec?: { job?: unknown };
  status?: Record<string, unknown>;
}

const SELECTOR = encodeURIComponent(`${FLOTILLA_LABELS.managedBy}=${MANAGED_BY_FLOTILLA}`);

async function list(api: KubeApi, plural: string): Promise<ListedObject[]> {
  const res = await api.get<{ items?: ListedObject[] }>(`/apis/flink.apache.org/v1beta1/${plural}?labelSelector=${SELECTOR}`);
  expectStatus(res, [200], `listing ${plural}`);
  return res.body.items ?? [];
}

export async function observeCluster(db: Database, clusterId: string, api: KubeApi): Promise<void> {
  await observeWorkspaces(db, clusterId, api);
  await observeDeployments(db, clusterId, api);
  await observeSessionJobs(db, clusterId, api);
  await observeSavepoints(db, clusterId, api);
  await observeOperatorSnapshots(db, clusterId, api);
}

/**
 * Ready workspaces keep being checked: a namespace deleted (or being deleted) behind Flotilla's
 * back is created again, and the workspace shows pending with the reason meanwhile.
 */
async function observeWorkspaces(db: Database, clusterId: string, api: KubeApi) {
  const rows = await db.select().from(workspaces).where(and(eq(workspaces.clusterId, clusterId), eq(workspaces.state, 'ready')));
  if (rows.length === 0) return;
  const res = await api.get<{ items?: { metadata: { name: string; labels?: Record<string, string> }; status?: { phase?: string } }[] }>(`/api/v1/namespaces?labelSelector=${SELECTOR}`);
  expectStatus(res, [200], 'listing namespaces');
  const namespaces = new Map((res.body.items ?? []).map((n) => [n.metadata.name, n]));
  const now = new Date();
  for (const ws of rows) {
    const ns = namespaces.get(ws.namespace);
    const healthy = ns?.metadata.labels?.[FLOTILLA_LABELS.workspace] === ws.id && ns.status?.phase !== 'Terminating';
    if (healthy) {
      await db.update(workspaces).set({ lastObservedAt: now }).where(eq(workspaces.id, ws.id));
      continue;
    }
    const why = ns ? 'is being deleted outside Flotilla' : 'disappeared from the cluster';
    await db.transaction(async (tx) => {
      const [moved] = await tx
        .update(workspaces)
        .set({ state: 'pending', stateMessage: `Namespace ${ws.namespace} ${why}; Flotilla creates it again.`, lastObservedAt: now })
        .where(and(eq(workspaces.id, ws.id), eq(workspaces.state, 'ready')))
        .returning();
      if (moved) await enqueueOperation(tx, { organizationId: ws.organizationId, clusterId, kind: WORKSPACE_APPLY, targetType: 'workspace', targetId: ws.id, generation: ws.generation });
    });
  }
}

/** What observing needs of a row, whichever table it lives in. */
interface ObservedRow {
  id: string;
  organizationId: string;
  generation: number;
  appliedGeneration: number;
  deletionRequestedAt: Date | null;
}

type Table = typeof flinkDeployments | typeof sessionJobs;

interface Kind {
  table: Table;
  kind: 'FlinkDeployment' | 'FlinkSessionJob';
  plural: string;
  applyKind: string;
  targetType: string;
}

const DEPLOYMENTS: Kind = { table: flinkDeployments, kind: 'FlinkDeployment', plural: 'flinkdeployments', applyKind: DEPLOYMENT_APPLY, targetType: 'deployment' };
const SESSION_JOBS: Kind = { table: sessionJobs, kind: 'FlinkSessionJob', plural: 'flinksessionjobs', applyKind: SESSION_JOB_APPLY, targetType: 'session_job' };

async function observeDeployments(db: Database, clusterId: string, api: KubeApi) {
  const rows = await db
    .select({ row: flinkDeployments })
    .from(flinkDeployments)
    .innerJoin(workspaces, eq(workspaces.id, flinkDeployments.workspaceId))
    .where(and(eq(workspaces.clusterId, clusterId), gt(flinkDeployments.appliedGeneration, 0)));
  await observeRows(db, clusterId, api, DEPLOYMENTS, rows.map((r) => r.row));
}

async function observeSessionJobs(db: Database, clusterId: string, api: KubeApi) {
  const rows = await db
    .select({ row: sessionJobs })
    .from(sessionJobs)
    .innerJoin(workspaces, eq(workspaces.id, sessionJobs.workspaceId))
    .where(and(eq(workspaces.clusterId, clusterId), gt(sessionJobs.appliedGeneration, 0)));
  await observeRows(db, clusterId, api, SESSION_JOBS, rows.map((r) => r.row));
}

async function observeRows(db: Database, clusterId: string, api: KubeApi, kind: Kind, rows: ObservedRow[]) {
  if (rows.length === 0) return;
  const objects = new Map((await list(api, kind.plural)).map((o) => [o.metadata.labels?.[FLOTILLA_LABELS.resource], o]));
  const now = new Date();
  // Both tables name these columns alike; the cast lets one statement serve both.
  const table = kind.table as typeof flinkDeployments;
  for (const row of rows) {
    const object = objects.get(row.id);
    if (!object) {
      if (!row.deletionRequestedAt) await reapply(db, clusterId, kind, row);
      continue;
    }
    const summary = summarizeFlinkStatus({ kind: kind.kind, metadata: object.metadata, spec: object.spec, status: object.status as FlinkResourceStatus });
    const silent = silentOperatorMessage({ kind: kind.kind, metadata: object.metadata, status: object.status }, now, getConfig().operatorTimeoutMs);
    if (silent) summary.message = silent;
    const settled = row.generation === row.appliedGeneration && !row.deletionRequestedAt;
    await db
      .update(table)
      .set({
        observedStatus: object.status ?? {},
        lastObservedAt: now,
        ...(summary.reconciled ? { observedGeneration: sql`greatest(${table.observedGeneration}, ${row.appliedGeneration})` } : {}),
        // While a change waits to be applied (or a deletion runs), the reconciler's words stand.
        ...(settled ? { state: summary.state, stateMessage: summary.message } : {}),
      })
      .where(eq(table.id, row.id));
  }
}

/** The object is gone though nobody deleted it here: apply it again (self-healing), once. */
async function reapply(db: Database, clusterId: string, kind: Kind, row: ObservedRow) {
  const [open] = await db
    .select({ id: operations.id })
    .from(operations)
    .where(and(eq(operations.targetId, row.id), inArray(operations.state, ['pending', 'running'])));
  if (open) return;
  const table = kind.table as typeof flinkDeployments;
  await db.transaction(async (tx) => {
    await tx
      .update(table)
      .set({ state: 'pending', stateMessage: `The ${kind.kind} disappeared from the cluster; Flotilla is applying it again.` })
      .where(eq(table.id, row.id));
    await enqueueOperation(tx, { organizationId: row.organizationId, clusterId, kind: kind.applyKind, targetType: kind.targetType, targetId: row.id, generation: row.generation });
  });
}

/**
 * Flotilla's own savepoint requests, while open; the operator's are observeOperatorSnapshots'.
 * Where FlinkStateSnapshot is not served (before 1.10) the outcome is in the target's
 * savepointInfo, just observed into its row (lib/savepoints/method.ts).
 */
async function observeSavepoints(db: Database, clusterId: string, api: KubeApi) {
  const open = await db
    .select({ savepoint: savepoints, namespace: workspaces.namespace, deploymentStatus: flinkDeployments.observedStatus, jobStatus: sessionJobs.observedStatus })
    .from(savepoints)
    .innerJoin(workspaces, eq(workspaces.id, savepoints.workspaceId))
    .leftJoin(flinkDeployments, eq(flinkDeployments.id, savepoints.deploymentId))
    .leftJoin(sessionJobs, eq(sessionJobs.id, savepoints.sessionJobId))
    .where(and(eq(workspaces.clusterId, clusterId), eq(savepoints.origin, 'flotilla'), inArray(savepoints.state, [...OPEN_SAVEPOINT_STATES])));
  if (open.length === 0) return;
  const res = await api.get<{ items?: ListedObject[] }>(`/apis/flink.apache.org/v1beta1/flinkstatesnapshots?labelSelector=${SELECTOR}`);
  if (res.status !== 404) expectStatus(res, [200], 'listing flinkstatesnapshots');
  const objects = new Map((res.status === 200 ? (res.body.items ?? []) : []).map((o) => [`${o.metadata.namespace}/${o.metadata.name}`, o]));
  for (const { savepoint, namespace, deploymentStatus, jobStatus } of open) {
    let summary;
    if (res.status === 404) {
      summary = triggeredSavepointSummary(savepoint, (deploymentStatus ?? jobStatus ?? null) as Record<string, unknown> | null);
    } else {
      const object = objects.get(`${namespace}/${savepoint.name}`);
      if (!object) continue; // not applied yet
      summary = summarizeSnapshotStatus(object.status as SnapshotStatus | undefined);
    }
    const outcome = savepointOutcome(summary);
    // Only the observer that moves it out of its open state acts on the outcome, in the same
    // transaction, so a deletion waiting for it can never be left waiting.
    await db.transaction(async (tx) => {
      const [moved] = await tx
        .update(savepoints)
        .set(outcome)
        .where(and(eq(savepoints.id, savepoint.id), inArray(savepoints.state, [...OPEN_SAVEPOINT_STATES])))
        .returning();
      if (moved && outcome.completedAt) await settleFinalSavepoint(tx, clusterId, moved);
    });
  }
}
