// Mirrors the savepoints the Flink operator takes by itself (periodic, and on upgrade or suspend)
// into `savepoints`, so they are listed beside the ones Flotilla asked for. One list call per
// cluster (by the operator's labels, lib/k8s/flink/operator-snapshot.ts); a snapshot counts only
// when it lies in a ready workspace's namespace of this cluster and references an application or
// session job Flotilla manages there, so another tenant's or an unmanaged job's never shows.
// A snapshot older than the application or session job of its name is an earlier namesake's
// (the operator's snapshots outlive their job), so it is not credited to the new one. Rows are
// keyed by workspace and snapshot name (upserted, never duplicated) and followed until they
// finish. The objects are the operator's: Flotilla only reads them (DESIGN.md's label rule),
// and when the operator removes one (its savepoint history limits) the row goes with it.
import 'server-only';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { flinkDeployments, savepoints, sessionJobs, workspaces } from '@/lib/db/schema';
import { OPERATOR_SAVEPOINT_SELECTOR, readOperatorSavepoint, type ListedSnapshot, type OperatorSavepoint } from '@/lib/k8s/flink/operator-snapshot';
import { expectStatus, type KubeApi } from '@/lib/k8s/kube-api';
import { observeSavepointHistory } from './observe-savepoint-history';
import { isSavepointFinished, OPEN_SAVEPOINT_STATES, savepointOutcome } from './outcome';

interface Workspace {
  id: string;
  organizationId: string;
  namespace: string;
}

type TargetColumns = { deploymentId: string } | { sessionJobId: string };

interface Target {
  columns: TargetColumns;
  createdAt: Date;
}

const SNAPSHOTS = `/apis/flink.apache.org/v1beta1/flinkstatesnapshots?labelSelector=${encodeURIComponent(OPERATOR_SAVEPOINT_SELECTOR)}`;

export async function observeOperatorSnapshots(db: Database, clusterId: string, api: KubeApi): Promise<void> {
  // Only ready workspaces: their namespace was checked to be theirs (observeWorkspaces).
  const spaces: Workspace[] = await db
    .select({ id: workspaces.id, organizationId: workspaces.organizationId, namespace: workspaces.namespace })
    .from(workspaces)
    .where(and(eq(workspaces.clusterId, clusterId), eq(workspaces.state, 'ready')));
  if (spaces.length === 0) return;
  const res = await api.get<{ items?: ListedSnapshot[] }>(SNAPSHOTS);
  // Operators before 1.10 serve no FlinkStateSnapshot: their own savepoints are in each
  // target's savepointHistory instead.
  if (res.status === 404) return observeSavepointHistory(db, clusterId);
  expectStatus(res, [200], "listing the operator's FlinkStateSnapshots");
  const byNamespace = new Map(spaces.map((w) => [w.namespace, w]));
  const listed = (res.body.items ?? []).map(readOperatorSavepoint).filter((s): s is OperatorSavepoint => s !== null && byNamespace.has(s.namespace));

  const wsIds = spaces.map((w) => w.id);
  const targets = await managedTargets(db, wsIds);
  const mirrored = await db
    .select({ id: savepoints.id, workspaceId: savepoints.workspaceId, name: savepoints.name, state: savepoints.state })
    .from(savepoints)
    .where(and(inArray(savepoints.workspaceId, wsIds), eq(savepoints.origin, 'operator')));
  const finished = new Set(mirrored.filter((r) => isSavepointFinished(r.state)).map((r) => `${r.workspaceId}/${r.name}`));

  for (const snapshot of listed) {
    const ws = byNamespace.get(snapshot.namespace)!;
    const target = targets.get(`${ws.id}/${snapshot.target.kind}/${snapshot.target.name}`);
    if (!target || finished.has(`${ws.id}/${snapshot.name}`) || takenBefore(snapshot, target)) continue;
    await upsertMirror(db, ws, target.columns, snapshot);
  }

  // The operator removed these (history limits, or by hand): the mirror follows.
  const present = new Set(listed.map((s) => `${byNamespace.get(s.namespace)!.id}/${s.name}`));
  const gone = mirrored.filter((r) => !present.has(`${r.workspaceId}/${r.name}`)).map((r) => r.id);
  if (gone.length > 0) await db.delete(savepoints).where(and(inArray(savepoints.id, gone), eq(savepoints.origin, 'operator')));
}

/** `<workspace id>/<kind>/<name>` of every application and session job in these workspaces. */
async function managedTargets(db: Database, wsIds: string[]): Promise<Map<string, Target>> {
  const [apps, jobs] = await Promise.all([
    db
      .select({ id: flinkDeployments.id, workspaceId: flinkDeployments.workspaceId, name: flinkDeployments.name, createdAt: flinkDeployments.createdAt })
      .from(flinkDeployments)
      .where(and(inArray(flinkDeployments.workspaceId, wsIds), eq(flinkDeployments.mode, 'application'))),
    db
      .select({ id: sessionJobs.id, workspaceId: sessionJobs.workspaceId, name: sessionJobs.name, createdAt: sessionJobs.createdAt })
      .from(sessionJobs)
      .where(inArray(sessionJobs.workspaceId, wsIds)),
  ]);
  return new Map<string, Target>([
    ...apps.map((a) => [`${a.workspaceId}/FlinkDeployment/${a.name}`, { columns: { deploymentId: a.id }, createdAt: a.createdAt }] as const),
    ...jobs.map((j) => [`${j.workspaceId}/FlinkSessionJob/${j.name}`, { columns: { sessionJobId: j.id }, createdAt: j.createdAt }] as const),
  ]);
}

/** Whether the snapshot was created before its target was (Kubernetes keeps whole seconds). */
function takenBefore(snapshot: OperatorSavepoint, target: Target): boolean {
  if (!snapshot.createdAt) return false;
  return Date.parse(snapshot.createdAt) < Math.floor(target.createdAt.getTime() / 1000) * 1000;
}

/** Inserts the row, or updates one still open; a finished row, or one of Flotilla's, stays as it is. */
async function upsertMirror(db: Database, ws: Workspace, target: TargetColumns, snapshot: OperatorSavepoint) {
  const outcome = savepointOutcome(snapshot.summary);
  await db
    .insert(savepoints)
    .values({
      organizationId: ws.organizationId,
      workspaceId: ws.id,
      ...target,
      targetName: snapshot.target.name,
      name: snapshot.name,
      trigger: snapshot.trigger,
      origin: 'operator',
      ...outcome,
      ...(snapshot.createdAt ? { createdAt: new Date(snapshot.createdAt) } : {}),
    })
    .onConflictDoUpdate({
      target: [savepoints.workspaceId, savepoints.name],
      set: outcome,
      setWhere: and(eq(savepoints.origin, 'operator'), inArray(savepoints.state, [...OPEN_SAVEPOINT_STATES])),
    });
}
