// The reconciler's handlers for Flink objects: apply a FlinkDeployment (application or session),
// a FlinkSessionJob or a savepoint request (a FlinkStateSnapshot, or the trigger nonce) under Flotilla's field manager, and
// delete like a finalizer (the row goes once the cluster has let go of the object; a session
// whose deletion waits for its jobs goes after the last of them).
// Objects Flotilla did not create are never changed: a name clash is an error to show.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getDb } from '@/lib/db/client';
import { flinkDeployments, savepoints, sessionJobs, workspaces } from '@/lib/db/schema';
import { expectStatus, KubeApiError, objectPath, type KubeApi } from '@/lib/k8s/kube-api';
import { FLOTILLA_LABELS, isManagedByFlotilla } from '@/lib/k8s/manifests/labels';
import type { Operation } from '@/lib/reconciler/outbox';
import { PermanentOperationError, type OperationHandler } from '@/lib/reconciler/worker';
import { applySavepointRequest } from '@/lib/savepoints/method';
import { SAVEPOINT_APPLY } from '@/lib/savepoints/request';
import { SESSION_JOB_APPLY, SESSION_JOB_DELETE } from '@/lib/session-jobs/change';
import { DEPLOYMENT_APPLY, DEPLOYMENT_DELETE, enqueueDeploymentDelete } from './change';
import { settleFinalSavepoint } from './final-savepoint';
import { deploymentManifest, sessionJobManifest } from './manifest';

type Labelled = { metadata?: { labels?: Record<string, string> } };

function systemCtx(op: Operation): Ctx {
  return { requestId: `operation-${op.id}`, actor: { type: 'system', id: null, name: 'reconciler' } };
}

/** Quota refusals are 403 too, but retrying cannot help until someone changes the quota. */
function isPermanent(err: unknown): boolean {
  return err instanceof KubeApiError && (err.permanent || err.status === 409 || (err.status === 403 && /exceeded quota/i.test(err.message)));
}

function readable(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err);
  return /exceeded quota/i.test(message) ? `The workspace's quota does not allow it: ${message}` : message;
}

/** Refuses to touch an object of the same name that is not this resource's. */
async function checkOwnership(api: KubeApi, path: string, workspaceId: string, resourceId: string, what: string): Promise<void> {
  const current = await api.get<Labelled>(path);
  expectStatus(current, [200, 404], `reading ${what}`);
  if (current.status === 404) return;
  if (!isManagedByFlotilla(current.body, workspaceId)) {
    throw new KubeApiError(409, `A ${what} of this name exists in the namespace and was not created by Flotilla: rename this one or remove that object.`);
  }
  if (current.body.metadata?.labels?.[FLOTILLA_LABELS.resource] !== resourceId) {
    // Left by an earlier resource of the same name that is still being removed.
    throw new KubeApiError(503, `An earlier ${what} of this name is still being deleted; retrying.`);
  }
}

async function loadDeployment(id: string) {
  const db = await getDb();
  const [found] = await db
    .select({ row: flinkDeployments, namespace: workspaces.namespace })
    .from(flinkDeployments)
    .innerJoin(workspaces, eq(workspaces.id, flinkDeployments.workspaceId))
    .where(eq(flinkDeployments.id, id));
  return found;
}

async function loadSessionJob(id: string) {
  const db = await getDb();
  const [found] = await db
    .select({ row: sessionJobs, session: flinkDeployments, namespace: workspaces.namespace })
    .from(sessionJobs)
    .innerJoin(flinkDeployments, eq(flinkDeployments.id, sessionJobs.sessionId))
    .innerJoin(workspaces, eq(workspaces.id, sessionJobs.workspaceId))
    .where(eq(sessionJobs.id, id));
  return found;
}

type Table = typeof flinkDeployments | typeof sessionJobs;

interface Applied {
  id: string;
  name: string;
  workspaceId: string;
  generation: number;
}

/**
 * Applies one Flink object for a row of `table` and records the outcome on the row: the applied
 * generation (unless a newer change came meanwhile: its own operation confirms it), or why not.
 */
async function applyFor(api: () => Promise<KubeApi>, table: Table, row: Applied, manifest: { kind: string; apiVersion: string; metadata: { name: string; namespace?: string } }) {
  // Both tables name these columns alike; the cast lets one statement serve both.
  const t = table as typeof flinkDeployments;
  const db = await getDb();
  try {
    const client = await api();
    await checkOwnership(client, objectPath(manifest), row.workspaceId, row.id, manifest.kind);
    expectStatus(await client.apply(objectPath(manifest), manifest), [200, 201], `applying ${manifest.kind} ${row.name}`);
  } catch (err) {
    const message = readable(err);
    const permanent = isPermanent(err);
    await db
      .update(t)
      .set(permanent ? { state: 'failed', stateMessage: message } : { stateMessage: `Waiting for the cluster: ${message}. Retrying.` })
      .where(eq(t.id, row.id));
    throw permanent ? new PermanentOperationError(message) : err;
  }
  await db
    .update(t)
    .set({ appliedGeneration: row.generation, stateMessage: 'Applied; waiting for the operator.' })
    .where(and(eq(t.id, row.id), eq(t.generation, row.generation)));
}

/** Deletes the object if it is this row's, and waits (by failing, to be retried) until it is gone. */
async function removeFor(api: KubeApi, path: string, row: { id: string; name: string }, kind: string): Promise<void> {
  const current = await api.get<Labelled>(path);
  expectStatus(current, [200, 404], `reading ${kind} ${row.name}`);
  if (current.status !== 200 || current.body.metadata?.labels?.[FLOTILLA_LABELS.resource] !== row.id) return;
  expectStatus(await api.delete(path), [200, 202, 404], `deleting ${kind} ${row.name}`);
  // The operator's finalizer keeps it until the Flink cluster (or job) is gone.
  if ((await api.get(path)).status !== 404) throw new Error(`${kind} ${row.name} is still being removed by the operator`);
}

export function flinkResourceHandlers(apiFor: (clusterId: string) => Promise<KubeApi>): Record<string, OperationHandler> {
  return {
    [DEPLOYMENT_APPLY]: async (op) => {
      const found = await loadDeployment(op.targetId);
      // Deleted since, or being deleted: the delete owns it now. An older operation than the
      // row's generation still applies the current row: applying is idempotent.
      if (!found || found.row.deletionRequestedAt) return;
      await applyFor(() => apiFor(op.clusterId), flinkDeployments, found.row, deploymentManifest(found.row, found.namespace));
    },

    [DEPLOYMENT_DELETE]: async (op) => {
      const found = await loadDeployment(op.targetId);
      if (!found) return;
      const { row, namespace } = found;
      await removeFor(await apiFor(op.clusterId), objectPath(deploymentManifest(row, namespace)), row, 'FlinkDeployment');
      const db = await getDb();
      await db.transaction(async (tx) => {
        await tx.delete(flinkDeployments).where(eq(flinkDeployments.id, row.id));
        await recordAudit(tx, systemCtx(op), {
          organizationId: row.organizationId,
          action: `${row.mode}.deleted`,
          target: { type: row.mode, id: row.id, label: row.name },
          details: { namespace },
        });
      });
    },

    [SESSION_JOB_APPLY]: async (op) => {
      const found = await loadSessionJob(op.targetId);
      if (!found || found.row.deletionRequestedAt) return;
      await applyFor(() => apiFor(op.clusterId), sessionJobs, found.row, sessionJobManifest(found.row, found.session, found.namespace));
    },

    [SESSION_JOB_DELETE]: async (op) => {
      const found = await loadSessionJob(op.targetId);
      if (!found) return;
      const { row, session, namespace } = found;
      await removeFor(await apiFor(op.clusterId), objectPath(sessionJobManifest(row, session, namespace)), row, 'FlinkSessionJob');
      const db = await getDb();
      await db.transaction(async (tx) => {
        await tx.delete(sessionJobs).where(eq(sessionJobs.id, row.id));
        await recordAudit(tx, systemCtx(op), {
          organizationId: row.organizationId,
          action: 'session_job.deleted',
          target: { type: 'session_job', id: row.id, label: row.name },
          details: { namespace, session: session.name },
        });
        // The session's own deletion waited for its last job.
        if (session.deletionRequestedAt) {
          // Jobs deleted side by side serialize here, so the last one always sees it is last.
          await tx.select({ id: flinkDeployments.id }).from(flinkDeployments).where(eq(flinkDeployments.id, session.id)).for('update');
          const [left] = await tx.select({ id: sessionJobs.id }).from(sessionJobs).where(eq(sessionJobs.sessionId, session.id)).limit(1);
          if (!left) await enqueueDeploymentDelete(tx, op.clusterId, session);
        }
      });
    },

    [SAVEPOINT_APPLY]: async (op) => {
      const db = await getDb();
      const [found] = await db
        .select({ savepoint: savepoints, namespace: workspaces.namespace })
        .from(savepoints)
        .innerJoin(workspaces, eq(workspaces.id, savepoints.workspaceId))
        .where(eq(savepoints.id, op.targetId));
      if (!found || found.savepoint.state !== 'pending') return;
      const { savepoint, namespace } = found;
      const targetId = savepoint.deploymentId ?? savepoint.sessionJobId;
      if (!targetId) return; // its application is gone: nothing to snapshot
      try {
        // A FlinkStateSnapshot or the trigger nonce, by what the cluster serves (lib/savepoints/method.ts).
        await applySavepointRequest(await apiFor(op.clusterId), savepoint, namespace, targetId);
      } catch (err) {
        if (!isPermanent(err)) throw err;
        await db.transaction(async (tx) => {
          const [failed] = await tx.update(savepoints).set({ state: 'failed', error: readable(err) }).where(eq(savepoints.id, savepoint.id)).returning();
          await settleFinalSavepoint(tx, op.clusterId, failed!);
        });
        throw new PermanentOperationError(readable(err));
      }
    },
  };
}
