// Registering, changing and deleting clusters. Credentials are encrypted before they touch the
// database, bound to the organization and the cluster; they never come back out of here, and
// audit events record what changed without them. A connection test runs on registration and
// whenever the connection changes; its report is returned and stored as the cluster's health.
import 'server-only';
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { parseInput } from '@/lib/api/parse';
import { authorizeOrg } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { clusters, workspaces } from '@/lib/db/schema';
import { ConflictError, ValidationError } from '@/lib/errors';
import type { ClusterConnection } from '@/lib/k8s/cluster-client';
import { RegisterClusterInput, UpdateClusterInput, type ClusterDetailDto, type ConnectionReport } from '@/lib/validation/clusters';
import { runConnectionTest } from './connection-test';
import { connectionOf } from './connection';
import { CredentialsUnreadableError, encryptCredentials } from './credentials-crypto';
import { toClusterDetailDto } from './dto';
import { healthFields } from './health';
import { findClusterRow, workspaceCount } from './read';
import { assertAddressAllowed, resolveCredentials } from './resolve-input';

const TEST_TIMEOUT_MS = 10_000;
const NAME_TAKEN = { name: ['A cluster of that name exists.'] };

function seal(connection: ClusterConnection, organizationId: string, clusterId: string) {
  const sealed = encryptCredentials(connection.credentials, { organizationId, clusterId }, getConfig().secretKey);
  return { credentialKind: connection.credentials.kind, credentialsCiphertext: sealed.ciphertext, credentialsKeyId: sealed.keyId };
}

/** What the audit log keeps of a connection: never the credentials themselves. */
function auditedConnection(c: ClusterConnection) {
  return { apiServerUrl: c.apiServerUrl, tlsServerName: c.tlsServerName, insecureSkipTlsVerify: c.insecureSkipTlsVerify, authentication: c.credentials.kind };
}

export async function registerCluster(ctx: OrgCtx, input: unknown): Promise<ClusterDetailDto> {
  authorizeOrg(ctx, 'clusters.write');
  const data = parseInput(RegisterClusterInput, input);
  const { credentials, fromKubeconfig } = resolveCredentials(data.credentials);
  const connection: ClusterConnection = {
    apiServerUrl: fromKubeconfig?.apiServerUrl ?? data.apiServerUrl!,
    caPem: fromKubeconfig ? fromKubeconfig.caPem : (data.caPem ?? null),
    tlsServerName: fromKubeconfig ? fromKubeconfig.tlsServerName : (data.tlsServerName ?? null),
    insecureSkipTlsVerify: data.insecureSkipTlsVerify,
    credentials,
  };
  assertAddressAllowed(connection, fromKubeconfig ? 'credentials.kubeconfig' : 'apiServerUrl');
  const db = await getDb();
  const [taken] = await db.select({ id: clusters.id }).from(clusters).where(and(eq(clusters.organizationId, ctx.organization.id), eq(clusters.name, data.name)));
  if (taken) throw new ValidationError(NAME_TAKEN);

  const id = randomUUID();
  const report = await runConnectionTest(connection, { timeoutMs: TEST_TIMEOUT_MS });
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(clusters)
        .values({
          id,
          organizationId: ctx.organization.id,
          name: data.name,
          description: data.description,
          apiServerUrl: connection.apiServerUrl,
          caPem: connection.caPem,
          tlsServerName: connection.tlsServerName,
          insecureSkipTlsVerify: connection.insecureSkipTlsVerify,
          ...seal(connection, ctx.organization.id, id),
          ...healthFields(report, true),
          createdById: ctx.actor.id,
        })
        .returning();
      await recordAudit(tx, ctx, {
        action: 'cluster.register',
        target: { type: 'cluster', id, label: data.name },
        details: { ...auditedConnection(connection), health: report.health, problem: report.problem },
      });
      return toClusterDetailDto(row!, 0);
    });
  } catch (err) {
    if (isUniqueViolation(err, 'clusters_org_name_key')) throw new ValidationError(NAME_TAKEN);
    throw err;
  }
}

export async function updateCluster(ctx: OrgCtx, name: string, input: unknown): Promise<ClusterDetailDto> {
  authorizeOrg(ctx, 'clusters.write');
  const data = parseInput(UpdateClusterInput, input);
  const db = await getDb();
  const row = await findClusterRow(db, ctx, name);
  const resolved = data.credentials ? resolveCredentials(data.credentials) : undefined;
  const k = resolved?.fromKubeconfig;
  const next = {
    apiServerUrl: k?.apiServerUrl ?? data.apiServerUrl ?? row.apiServerUrl,
    caPem: k ? k.caPem : data.caPem !== undefined ? data.caPem : row.caPem,
    tlsServerName: k ? k.tlsServerName : data.tlsServerName !== undefined ? data.tlsServerName : row.tlsServerName,
    insecureSkipTlsVerify: data.insecureSkipTlsVerify ?? row.insecureSkipTlsVerify,
  };
  const changed = [
    ...(['name', 'description'] as const).filter((f) => data[f] !== undefined && data[f] !== row[f]),
    ...(['apiServerUrl', 'caPem', 'tlsServerName', 'insecureSkipTlsVerify'] as const).filter((f) => next[f] !== row[f]),
    ...(resolved ? ['credentials'] : []),
  ];
  const connectionChanged = changed.some((f) => !['name', 'description'].includes(f));
  let connectionFields = {};
  let connection: ClusterConnection | undefined;
  let report: ConnectionReport | undefined;
  if (connectionChanged) {
    let credentials = resolved?.credentials;
    if (!credentials) {
      try {
        credentials = connectionOf(row).credentials;
      } catch (err) {
        if (err instanceof CredentialsUnreadableError) throw new ValidationError({ credentials: [err.message] });
        throw err;
      }
    }
    connection = { ...next, credentials };
    assertAddressAllowed(connection, k ? 'credentials.kubeconfig' : 'apiServerUrl');
    report = await runConnectionTest(connection, { timeoutMs: TEST_TIMEOUT_MS });
    // Re-encrypting (a fresh IV) also marks older in-flight probe results as stale (health.ts).
    connectionFields = { ...next, ...seal(connection, ctx.organization.id, row.id), ...healthFields(report, true) };
  }
  try {
    return await db.transaction(async (tx) => {
      const [updated] = await tx
        .update(clusters)
        .set({ ...(data.name !== undefined ? { name: data.name } : {}), ...(data.description !== undefined ? { description: data.description } : {}), ...connectionFields })
        .where(and(eq(clusters.id, row.id), eq(clusters.organizationId, ctx.organization.id)))
        .returning();
      await recordAudit(tx, ctx, {
        action: 'cluster.update',
        target: { type: 'cluster', id: row.id, label: updated!.name },
        details: { changed, ...(connection ? auditedConnection(connection) : {}), ...(report ? { health: report.health, problem: report.problem } : {}) },
      });
      return toClusterDetailDto(updated!, await workspaceCount(tx, row.id));
    });
  } catch (err) {
    if (isUniqueViolation(err, 'clusters_org_name_key')) throw new ValidationError(NAME_TAKEN);
    throw err;
  }
}

/** Deletes a cluster with no workspaces; otherwise the error names the ones that remain. */
export async function deleteCluster(ctx: OrgCtx, name: string): Promise<void> {
  authorizeOrg(ctx, 'clusters.write');
  const db = await getDb();
  const row = await findClusterRow(db, ctx, name);
  await db.transaction(async (tx) => {
    // Locks the cluster so a workspace cannot be created on it between the check and the delete.
    await tx.select({ id: clusters.id }).from(clusters).where(eq(clusters.id, row.id)).for('update');
    const remaining = await tx.select({ name: workspaces.name }).from(workspaces).where(eq(workspaces.clusterId, row.id));
    if (remaining.length > 0) {
      throw new ConflictError(`Delete the cluster's workspaces first: ${remaining.map((w) => w.name).sort().join(', ')}.`);
    }
    await tx.delete(clusters).where(eq(clusters.id, row.id));
    await recordAudit(tx, ctx, { action: 'cluster.delete', target: { type: 'cluster', id: row.id, label: row.name }, details: { apiServerUrl: row.apiServerUrl } });
  });
}
