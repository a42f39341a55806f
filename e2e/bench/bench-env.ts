// What every benchmark starts from: its own PostgreSQL and local control plane, the environment
// the services read, and an organization with an owner and a cluster `local` (no stored
// credentials: benchmarks hand the reconciler a client for the restricted identity).
import { randomBytes } from 'node:crypto';
import { startControlPlane } from '../harness/control-plane';
import { startTestPostgres } from '../harness/postgres';

export async function startBenchEnv(cluster: { flinkVersions?: string[] } = {}) {
  const pg = await startTestPostgres();
  process.env.DATABASE_URL = pg.createDatabase('bench');
  process.env.FLOTILLA_SECRET_KEY = randomBytes(32).toString('base64');
  process.env.AUTH_SECRET = randomBytes(32).toString('base64');
  // The local control plane listens on loopback.
  process.env.FLOTILLA_CLUSTER_ADDRESSES = 'loopback';
  const cp = await startControlPlane();
  // Loaded after the environment is set: the database client reads it once.
  const { getDatabase, closeDatabase } = await import('@/lib/db/client');
  const schema = await import('@/lib/db/schema');
  const { db } = await getDatabase();
  const [org] = await db.insert(schema.organizations).values({ slug: 'bench', name: 'Bench' }).returning();
  const [user] = await db.insert(schema.users).values({ email: 'bench@example.com', name: 'Bench' }).returning();
  await db.insert(schema.memberships).values({ organizationId: org!.id, userId: user!.id, role: 'owner' });
  const [row] = await db
    .insert(schema.clusters)
    .values({ organizationId: org!.id, name: 'local', apiServerUrl: cp.url, credentialKind: 'token', credentialsCiphertext: 'unused', credentialsKeyId: 'unused', flinkVersions: cluster.flinkVersions ?? [] })
    .returning();
  const ctx = {
    requestId: 'bench',
    actor: { type: 'user' as const, id: user!.id, email: user!.email, name: user!.name },
    organization: { id: org!.id, slug: org!.slug, name: org!.name },
    orgRole: 'owner' as const,
  };
  return {
    db,
    schema,
    ctx,
    cp,
    clusterId: row!.id,
    restricted: { url: cp.url, caPem: cp.caPem, token: cp.restrictedToken },
    admin: { url: cp.url, caPem: cp.caPem, token: cp.adminToken },
    async stop() {
      await closeDatabase();
      await cp.stop();
      pg.stop();
    },
  };
}

/** The p-th percentile of ascending values. */
export function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
