// Reading applications: the list and one application from Postgres (status as last observed,
// with the time), its savepoints, revisions and live events (lib/flink-resources/history.ts).
import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import { authorizeWorkspace } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { getDb } from '@/lib/db/client';
import { flinkDeployments, savepoints } from '@/lib/db/schema';
import { listObjectEvents, listRevisions } from '@/lib/flink-resources/history';
import { deploymentManifest } from '@/lib/flink-resources/manifest';
import type { FlinkDeploymentObject } from '@/lib/k8s/flink/build-flink-deployment';
import type { PodSecurityLevel } from '@/lib/k8s/flink/pod-policy';
import { toSavepointDto } from '@/lib/savepoints/dto';
import type { ApplicationDto, EventListDto, SavepointDto, SpecRevisionDto } from '@/lib/validation/applications';
import { toApplicationDto } from './dto';
import { clusterFlinkVersions } from '@/lib/flink-resources/guards';
import { loadApplication } from './load';

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
  return listRevisions({ deploymentId: row.id });
}

/** The Events of the FlinkDeployment and its pods, newest first, read live from the cluster. */
export async function listApplicationEvents(ctx: OrgCtx, wsName: string, appName: string): Promise<EventListDto> {
  const { workspace, row } = await loadApplication(ctx, wsName, appName, 'applications.read');
  const others = await (await getDb()).select({ name: flinkDeployments.name }).from(flinkDeployments).where(eq(flinkDeployments.workspaceId, workspace.id));
  return listObjectEvents(workspace, row.name, others.map((o) => o.name));
}

export interface ApplicationFormContext {
  /** The versions the cluster's CRD accepts, newest last (the form offers those the operator still runs). */
  flinkVersions: string[];
  /** Where the preview's FlinkDeployment goes. */
  namespace: string;
  workspaceId: string;
  /** The workspace's Pod Security level, which the pod template and configuration are checked against. */
  podSecurityLevel: PodSecurityLevel;
}

/** What the application form needs to check and preview a spec exactly as the service will. */
export async function getApplicationFormContext(ctx: OrgCtx, wsName: string): Promise<ApplicationFormContext> {
  const { workspace } = await authorizeWorkspace(ctx, wsName, 'applications.write');
  return { flinkVersions: await clusterFlinkVersions(workspace.clusterId), namespace: workspace.namespace, workspaceId: workspace.id, podSecurityLevel: workspace.podSecurityLevel };
}
