// What every Flink resource shows besides its status, whatever its kind: the revisions Flotilla
// applied (who, when, what changed from the one before) and its Kubernetes Events read live
// from the cluster — when the cluster cannot be read, the answer says why instead of showing
// nothing as if nothing had happened.
import 'server-only';
import { asc, eq, inArray } from 'drizzle-orm';
import { clusterClientFor } from '@/lib/clusters';
import { getDb } from '@/lib/db/client';
import { serviceAccounts, specRevisions, users } from '@/lib/db/schema';
import { ClusterRequestError } from '@/lib/k8s/cluster-client';
import { diffSpecs } from '@/lib/k8s/flink/diff';
import type { CoreEvent } from '@/lib/k8s/events';
import type { EventListDto, SpecRevisionDto } from '@/lib/validation/applications';
import { eventTimeline } from './events';

/** Newest first. */
export async function listRevisions(target: { deploymentId: string } | { sessionJobId: string }): Promise<SpecRevisionDto[]> {
  const db = await getDb();
  const where = 'deploymentId' in target ? eq(specRevisions.deploymentId, target.deploymentId) : eq(specRevisions.sessionJobId, target.sessionJobId);
  const revisions = await db.select().from(specRevisions).where(where).orderBy(asc(specRevisions.generation));
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

/**
 * The Events of one Flink object (and, for a FlinkDeployment, its pods), newest first.
 * `otherNames` are the workspace's other Flink objects, whose pods must not be mistaken for these.
 */
export async function listObjectEvents(workspace: { clusterId: string; namespace: string }, name: string, otherNames: string[]): Promise<EventListDto> {
  try {
    const client = await clusterClientFor(workspace.clusterId);
    try {
      const res = await client.get<{ items?: CoreEvent[]; message?: string }>(`/api/v1/namespaces/${workspace.namespace}/events?limit=1000`);
      if (res.status !== 200) return { ok: false, message: `The cluster answered ${res.status}: ${res.body.message ?? 'no reason given'}.`, items: [] };
      return { ok: true, message: null, items: eventTimeline(res.body.items ?? [], name, otherNames) };
    } finally {
      client.close();
    }
  } catch (err) {
    return { ok: false, message: `The cluster could not be reached: ${err instanceof ClusterRequestError ? err.message : 'see the cluster page'}.`, items: [] };
  }
}
