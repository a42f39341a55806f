// On operators before 1.10 (no FlinkStateSnapshot) the savepoints the operator takes by itself
// exist only in each application's or session job's `savepointInfo.savepointHistory`: they are
// mirrored from the status just observed into the rows, as origin `operator`, so the Savepoints
// tab lists them as it does FlinkStateSnapshots on newer operators; an entry the operator drops
// (its history limits) drops its row. Only read: Flotilla never changes the history.
import 'server-only';
import { and, eq, notInArray } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { flinkDeployments, savepoints, sessionJobs, workspaces } from '@/lib/db/schema';
import { operatorHistorySavepoints, savepointInfoOf } from '@/lib/k8s/flink/savepoint-trigger';

export async function observeSavepointHistory(db: Database, clusterId: string): Promise<void> {
  const ready = and(eq(workspaces.clusterId, clusterId), eq(workspaces.state, 'ready'));
  const [apps, jobs] = await Promise.all([
    db
      .select({ id: flinkDeployments.id, name: flinkDeployments.name, workspaceId: flinkDeployments.workspaceId, organizationId: flinkDeployments.organizationId, status: flinkDeployments.observedStatus })
      .from(flinkDeployments)
      .innerJoin(workspaces, eq(workspaces.id, flinkDeployments.workspaceId))
      .where(and(ready, eq(flinkDeployments.mode, 'application'))),
    db
      .select({ id: sessionJobs.id, name: sessionJobs.name, workspaceId: sessionJobs.workspaceId, organizationId: sessionJobs.organizationId, status: sessionJobs.observedStatus })
      .from(sessionJobs)
      .innerJoin(workspaces, eq(workspaces.id, sessionJobs.workspaceId))
      .where(ready),
  ]);
  const targets = [
    ...apps.map((a) => ({ ...a, column: savepoints.deploymentId, columns: { deploymentId: a.id } })),
    ...jobs.map((j) => ({ ...j, column: savepoints.sessionJobId, columns: { sessionJobId: j.id } })),
  ];
  for (const t of targets) {
    if (!t.status) continue; // not observed yet: nothing to conclude
    const history = operatorHistorySavepoints(t.name, savepointInfoOf(t.status as Record<string, unknown>));
    for (const h of history) {
      await db
        .insert(savepoints)
        .values({
          organizationId: t.organizationId,
          workspaceId: t.workspaceId,
          ...t.columns,
          targetName: t.name,
          name: h.name,
          trigger: h.trigger,
          origin: 'operator',
          state: 'completed',
          path: h.path,
          completedAt: h.takenAt,
          lastObservedAt: new Date(),
          createdAt: h.takenAt,
        })
        .onConflictDoNothing({ target: [savepoints.workspaceId, savepoints.name] });
    }
    const kept = history.map((h) => h.name);
    await db
      .delete(savepoints)
      .where(and(eq(t.column, t.id), eq(savepoints.origin, 'operator'), ...(kept.length ? [notInArray(savepoints.name, kept)] : [])));
  }
}
