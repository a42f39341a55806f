// Creating, changing and deleting applications. Every change is checked against the operator's
// rules before anything is stored, then written with its revision, outbox operation and audit
// event in one transaction (lib/flink-resources/change.ts); the caller gets it back pending.
import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getDb } from '@/lib/db/client';
import { flinkDeployments } from '@/lib/db/schema';
import { ConflictError, ValidationError } from '@/lib/errors';
import { changeDeployment, createDeployment, enqueueDeploymentDelete } from '@/lib/flink-resources/change';
import { checkApplication } from '@/lib/k8s/flink/check-spec';
import { requestSavepoint } from '@/lib/savepoints/request';
import type { ApplicationSpec } from '@/lib/validation/flink';
import type { ApplicationDto } from '@/lib/validation/applications';
import { toApplicationDto } from './dto';
import { checkVersion, clusterFlinkVersions, refuseWhileDeleting, type WriteOptions } from '@/lib/flink-resources/guards';
import { loadApplication } from './load';
import { savepointRefusal } from '@/lib/flink-resources/action-rules';

export async function createApplication(ctx: OrgCtx, wsName: string, input: unknown): Promise<ApplicationDto> {
  const { workspace } = await authorizeWorkspace(ctx, wsName, 'applications.write');
  const checked = checkApplication(input, { flinkVersions: await clusterFlinkVersions(workspace.clusterId), podSecurityLevel: workspace.podSecurityLevel });
  if (!checked.ok) throw new ValidationError(checked.fieldErrors);
  const spec = checked.spec;
  const row = await createDeployment(ctx, workspace, {
    mode: 'application',
    spec,
    details: { image: spec.image, jarURI: spec.jarURI, flinkVersion: spec.flinkVersion, state: spec.state },
  });
  return toApplicationDto(row, workspace.name);
}

/**
 * Replaces the spec (an upgrade). The name cannot change; a spec without `state` keeps the
 * current desired state, so an edit never resumes or suspends by accident.
 */
export async function updateApplication(ctx: OrgCtx, wsName: string, appName: string, input: unknown, opts: WriteOptions = {}): Promise<ApplicationDto> {
  const { workspace, row } = await loadApplication(ctx, wsName, appName, 'applications.write');
  const current = row.spec as unknown as ApplicationSpec;
  const withState = input && typeof input === 'object' && (input as { state?: unknown }).state === undefined ? { ...input, state: row.desiredState } : input;
  const checked = checkApplication(withState, {
    flinkVersions: await clusterFlinkVersions(workspace.clusterId),
    podSecurityLevel: workspace.podSecurityLevel,
    previous: { flinkVersion: current.flinkVersion, upgradeMode: current.upgradeMode, state: row.desiredState },
  });
  if (!checked.ok) throw new ValidationError(checked.fieldErrors);
  if (checked.spec.name !== row.name) throw new ValidationError({ name: ['The name cannot change: create a new application instead.'] });
  checkVersion(row, opts.ifMatch);
  refuseWhileDeleting(row);
  const db = await getDb();
  return db.transaction(async (tx) => {
    const updated = await changeDeployment(tx, ctx, workspace, row, {
      spec: checked.spec as unknown as Record<string, unknown>,
      desiredState: checked.spec.state,
      action: 'application.update',
    });
    return toApplicationDto(updated, workspace.name);
  });
}

/**
 * Deletes the application: its FlinkDeployment is removed and the row follows once the cluster
 * confirms. With `savepoint`, a final savepoint is taken first and deletion waits for it; if it
 * fails, nothing is deleted (the status poller says so).
 */
export async function deleteApplication(ctx: OrgCtx, wsName: string, appName: string, opts: WriteOptions & { savepoint?: boolean } = {}): Promise<ApplicationDto> {
  const { workspace, row } = await loadApplication(ctx, wsName, appName, 'applications.write');
  checkVersion(row, opts.ifMatch);
  refuseWhileDeleting(row);
  if (opts.savepoint) {
    const refusal = savepointRefusal(row);
    if (refusal) throw new ConflictError(`No final savepoint possible: ${refusal}`);
  }
  const db = await getDb();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(flinkDeployments)
      .set({
        deletionRequestedAt: new Date(),
        state: 'deleting',
        stateMessage: opts.savepoint ? 'Taking a final savepoint; the application is deleted once it completes.' : 'Deleting.',
        version: sql`${flinkDeployments.version} + 1`,
      })
      .where(eq(flinkDeployments.id, row.id))
      .returning();
    if (opts.savepoint) {
      await requestSavepoint(tx, ctx, workspace, { kind: 'FlinkDeployment', id: row.id, name: row.name }, 'delete');
    } else {
      await enqueueDeploymentDelete(tx, workspace.clusterId, updated!);
    }
    await recordAudit(tx, ctx, { action: 'application.delete', target: { type: 'application', id: row.id, label: row.name }, details: { workspace: workspace.name, finalSavepoint: Boolean(opts.savepoint) } });
    return toApplicationDto(updated!, workspace.name);
  });
}
