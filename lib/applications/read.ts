// Reading applications: the list and one application from Postgres (status as last observed,
// with the time), and what lives only in the cluster (events) read live — when the cluster
// cannot be read, the answer says so rather than showing nothing as if nothing happened.
import 'server-only';
import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { clusterClientFor } from '@/lib/clusters';
import { ClusterRequestError } from '@/lib/k8s/cluster-client';
import { getDb } from '@/lib/db/client';
import { flinkDeployments, savepoints, serviceAccounts, specRevisions, users } from '@/lib/db/schema';
import { eventTimeline } from '@/lib/flink-resources/events';
import type { CoreEvent } from '@/lib/k8s/events';
import { deploymentManifest } from '@/lib/flink-resources/manifest';
import type { FlinkDeploymentObject } from '@/lib/k8s/flink/build-flink-deployment';
import { diffSpecs } from '@/lib/k8s/flink/diff';
import { supportedFlinkVersions } from '@/lib/k8s/flink/validate';
import { toSavepointDto } from '@/lib/savepoints/dto';
import type { ApplicationDto, EventListDto, SavepointDto, SpecRevisionDto } from '@/lib/validation/applications';
import { toApplicationDto } from './dto';
import { clusterFlinkVersions, loadApplication } from './load';

export async function listApplications(ctx: OrgCtx, wsName: string): Promise<ApplicationDto[]> {
  const { workspace } = await authorizeWorkspace(ctx, wsName, 'applications.read');
  const rows = await (await getDb())
    .select()
    .from(flinkDeployments)
    .where(and(eq(flinkDeployments.workspaceId, workspace.id), eq(flinkDeployments.mode, 'application')))
    .orderBy(asc(flinkDeployments.name));
  return rows.map((row) => toApplicationDto(row, workspace.name));
}

export async function getApplication(ctx: OrgCtx, wsName: string, appName: string): Promise<ApplicationDto> {
  const { workspace, row } = await loadApplication(ctx, wsName, appName, 'applications.read');
  return toApplicationDto(row, workspace.name);
}

/** The FlinkDeployment Flotilla applies for the current desired state. */
export async function getApplicationManifest(ctx: OrgCtx, wsName: string, appName: string): Promise<FlinkDeploymentObject> {
  const { workspace, row } = await loadApplication(ctx, wsName, appName, 'applications.read');
  return deploymentManifest(row, workspace.namespace);
}

export async function listApplicationSavepoints(ctx: OrgCtx, wsName: string, appName: string): Promise<SavepointDto[]> {
  const { row } = await loadApplication(ctx, wsName, appName, 'savepoints.read');
  const rows = await (await getDb()).select().from(savepoints).where(eq(savepoints.deploymentId, row.id)).orderBy(desc(savepoints.createdAt));
  return rows.map(toSavepointDto);
}

/** Each spec Flotilla applied, newest first, with who asked and what changed from the one before. */
export async function listApplicationRevisions(ctx: OrgCtx, wsName: string, appName: string): Promise<SpecRevisionDto[]> {
  const { row } = await loadApplication(ctx, wsName, appName, 'applications.read');
  const db = await getDb();
  const revisions = await db.select().from(specRevisions).where(eq(specRevisions.deploymentId, row.id)).orderBy(asc(specRevisions.generation));
  const names = await principalNames(revisions.map((r) => r.createdById).filter((id): id is string => id !== null));
  return revisions
    .map((revision, i) => ({
      generation: revision.generation,
      createdAt: revision.createdAt.toISOString(),
      createdBy: revision.createdById ? (names.get(revision.createdById) ?? null) : null,
      changes: diffSpecs(i === 0 ? {} : revisions[i - 1]!.spec, revision.spec),
    }))
    .reverse();
}

async function principalNames(ids: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const db = await getDb();
  const people = await db.select({ id: users.id, name: users.name, email: users.email }).from(users).where(inArray(users.id, unique));
  const accounts = await db.select({ id: serviceAccounts.id, name: serviceAccounts.name }).from(serviceAccounts).where(inArray(serviceAccounts.id, unique));
  return new Map([...people.map((p) => [p.id, p.name || p.email] as const), ...accounts.map((a) => [a.id, `${a.name} (service account)`] as const)]);
}

/** The Events of the FlinkDeployment and its pods, newest first, read live from the cluster. */
export async function listApplicationEvents(ctx: OrgCtx, wsName: string, appName: string): Promise<EventListDto> {
  const { workspace, row } = await loadApplication(ctx, wsName, appName, 'applications.read');
  const db = await getDb();
  const others = await db.select({ name: flinkDeployments.name }).from(flinkDeployments).where(eq(flinkDeployments.workspaceId, workspace.id));
  try {
    const client = await clusterClientFor(workspace.clusterId);
    try {
      const res = await client.get<{ items?: CoreEvent[]; message?: string }>(`/api/v1/namespaces/${workspace.namespace}/events?limit=1000`);
      if (res.status !== 200) return { ok: false, message: `The cluster answered ${res.status}: ${res.body.message ?? 'no reason given'}.`, items: [] };
      const items = eventTimeline(res.body.items ?? [], row.name, others.map((o) => o.name));
      return { ok: true, message: null, items };
    } finally {
      client.close();
    }
  } catch (err) {
    return { ok: false, message: `The cluster could not be reached: ${err instanceof ClusterRequestError ? err.message : 'see the cluster page'}.`, items: [] };
  }
}

export interface ApplicationFormContext {
  /** The versions the form offers: the cluster CRD's, still supported by the operator; newest last. */
  flinkVersions: string[];
  /** Where the preview's FlinkDeployment goes. */
  namespace: string;
  workspaceId: string;
}

/** What the application form needs to check and preview a spec exactly as the service will. */
export async function getApplicationFormContext(ctx: OrgCtx, wsName: string): Promise<ApplicationFormContext> {
  const { workspace } = await authorizeWorkspace(ctx, wsName, 'applications.write');
  return { flinkVersions: supportedFlinkVersions(await clusterFlinkVersions(workspace.clusterId)), namespace: workspace.namespace, workspaceId: workspace.id };
}
