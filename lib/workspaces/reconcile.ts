// The reconciler's handlers for workspaces: bring the cluster in line with the row, then record
// what the cluster confirmed. A workspace is ready only when the generation it was asked for
// has been applied; deletion works like a finalizer: the row stays `deleting` until the cluster
// has let go of everything Flotilla created.
import 'server-only';
import { and, eq } from 'drizzle-orm';
import type { Ctx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { workspaces } from '@/lib/db/schema';
import { KubeApiError, type KubeApi } from '@/lib/k8s/kube-api';
import type { Operation } from '@/lib/reconciler/outbox';
import { PermanentOperationError, type OperationHandler } from '@/lib/reconciler/worker';
import { stuckDeletionMessage } from './flink-teardown';
import { applyWorkspaceObjects, deleteWorkspaceObjects, type ProvisionTarget } from './provision';
import { WORKSPACE_APPLY, WORKSPACE_DELETE } from './write';

type Row = typeof workspaces.$inferSelect;

function target(row: Row): ProvisionTarget {
  return {
    id: row.id,
    namespace: row.namespace,
    adoptNamespace: row.adoptNamespace,
    quota: { cpu: row.quotaCpu, memory: row.quotaMemory, maxDeployments: row.quotaMaxDeployments },
    podSecurityLevel: row.podSecurityLevel,
  };
}

function systemCtx(op: Operation): Ctx {
  return { requestId: `operation-${op.id}`, actor: { type: 'system', id: null, name: 'reconciler' } };
}

async function load(op: Operation): Promise<Row | undefined> {
  const [row] = await (await getDb()).select().from(workspaces).where(eq(workspaces.id, op.targetId));
  return row;
}

export function workspaceHandlers(apiFor: (clusterId: string) => Promise<KubeApi>): Record<string, OperationHandler> {
  return {
    [WORKSPACE_APPLY]: async (op) => {
      const row = await load(op);
      // Deleted since, or being deleted: the delete operation owns it now.
      if (!row || row.state === 'deleting') return;
      const db = await getDb();
      const sameGeneration = and(eq(workspaces.id, row.id), eq(workspaces.generation, row.generation));
      try {
        await applyWorkspaceObjects(await apiFor(row.clusterId), target(row));
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        const permanent = err instanceof KubeApiError && (err.permanent || err.status === 409);
        await db
          .update(workspaces)
          .set(permanent ? { state: 'error', stateMessage: message } : { stateMessage: `Waiting for the cluster: ${message}. Retrying.` })
          .where(sameGeneration);
        throw permanent ? new PermanentOperationError(message) : err;
      }
      // A newer change arrived meanwhile: its own operation will confirm it.
      await db
        .update(workspaces)
        .set({ state: 'ready', stateMessage: null, observedGeneration: row.generation, lastObservedAt: new Date() })
        .where(sameGeneration);
    },

    [WORKSPACE_DELETE]: async (op) => {
      const row = await load(op);
      if (!row) return;
      const progress = await deleteWorkspaceObjects(await apiFor(row.clusterId), target(row));
      const db = await getDb();
      if (!progress.done) {
        const waited = Date.now() - op.createdAt.getTime();
        const stuck = progress.waitingFor.length > 0 && waited >= getConfig().operatorTimeoutMs;
        const message = stuck
          ? stuckDeletionMessage(row.namespace, progress.waitingFor, waited)
          : progress.waitingFor.length > 0
            ? `Deleting the Flink resources first: waiting for the operator to remove ${progress.waitingFor.join(', ')}.`
            : `Namespace ${row.namespace} is terminating.`;
        // Still `deleting` (it continues by itself once the operator answers), but never silently.
        await db.update(workspaces).set({ stateMessage: message }).where(and(eq(workspaces.id, row.id), eq(workspaces.state, 'deleting')));
        throw new Error(message);
      }
      await db.transaction(async (tx) => {
        await tx.delete(workspaces).where(eq(workspaces.id, row.id));
        await recordAudit(tx, systemCtx(op), {
          organizationId: row.organizationId,
          action: 'workspace.deleted',
          target: { type: 'workspace', id: row.id, label: row.name },
          details: { namespace: row.namespace, namespaceKept: row.adoptNamespace },
        });
      });
    },
  };
}
