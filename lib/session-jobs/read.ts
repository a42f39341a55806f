// Reading a session's jobs: status as last observed from Postgres, savepoints, revisions, the
// FlinkSessionJob applied, and live events (lib/flink-resources/history.ts).
import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import type { OrgCtx } from '@/lib/auth/context';
import { loadDeployment } from '@/lib/applications/load';
import { getDb } from '@/lib/db/client';
import { savepoints, sessionJobs } from '@/lib/db/schema';
import { listObjectEvents, listRevisions } from '@/lib/flink-resources/history';
import { sessionJobManifest } from '@/lib/flink-resources/manifest';
import type { FlinkSessionJobObject } from '@/lib/k8s/flink/build-flink-session-job';
import { toSavepointDto } from '@/lib/savepoints/dto';
import type { EventListDto, SavepointDto, SpecRevisionDto } from '@/lib/validation/applications';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { toSessionJobDto } from './dto';
import { loadSessionJob } from './load';

export async function listSessionJobs(ctx: OrgCtx, wsName: string, sessionName: string): Promise<SessionJobDto[]> {
  const { workspace, row: session } = await loadDeployment(ctx, wsName, sessionName, 'session', 'sessions.read');
  const rows = await (await getDb()).select().from(sessionJobs).where(eq(sessionJobs.sessionId, session.id)).orderBy(asc(sessionJobs.name));
  return rows.map((row) => toSessionJobDto(row, workspace.name, session));
}

export async function getSessionJob(ctx: OrgCtx, wsName: string, sessionName: string, jobName: string): Promise<SessionJobDto> {
  const { workspace, session, job } = await loadSessionJob(ctx, wsName, sessionName, jobName, 'sessions.read');
  return toSessionJobDto(job, workspace.name, session);
}

export async function getSessionJobManifest(ctx: OrgCtx, wsName: string, sessionName: string, jobName: string): Promise<FlinkSessionJobObject> {
  const { workspace, session, job } = await loadSessionJob(ctx, wsName, sessionName, jobName, 'sessions.read');
  return sessionJobManifest(job, session, workspace.namespace);
}

export async function listSessionJobRevisions(ctx: OrgCtx, wsName: string, sessionName: string, jobName: string): Promise<SpecRevisionDto[]> {
  const { job } = await loadSessionJob(ctx, wsName, sessionName, jobName, 'sessions.read');
  return listRevisions({ sessionJobId: job.id });
}

export async function listSessionJobSavepoints(ctx: OrgCtx, wsName: string, sessionName: string, jobName: string): Promise<SavepointDto[]> {
  const { job } = await loadSessionJob(ctx, wsName, sessionName, jobName, 'savepoints.read');
  const rows = await (await getDb()).select().from(savepoints).where(eq(savepoints.sessionJobId, job.id)).orderBy(desc(savepoints.createdAt));
  return rows.map(toSavepointDto);
}

export async function listSessionJobEvents(ctx: OrgCtx, wsName: string, sessionName: string, jobName: string): Promise<EventListDto> {
  const { workspace, job } = await loadSessionJob(ctx, wsName, sessionName, jobName, 'sessions.read');
  return listObjectEvents(workspace, job.name, []);
}
