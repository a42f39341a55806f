// A registered cluster's connection, read from its row for each use: credentials are decrypted
// only here and only in memory, so new credentials take effect on the very next call.
import 'server-only';
import { eq } from 'drizzle-orm';
import { getConfig } from '@/lib/config';
import { getDb } from '@/lib/db/client';
import { clusters } from '@/lib/db/schema';
import { createClusterClient, type ClusterClient, type ClusterClientOptions, type ClusterConnection } from '@/lib/k8s/cluster-client';
import { decryptCredentials } from './credentials-crypto';

type Row = typeof clusters.$inferSelect;

/** The keys credentials may be encrypted under: the current one first. */
export function credentialKeys(): Buffer[] {
  const config = getConfig();
  return [config.secretKey, ...config.previousSecretKeys];
}

export function connectionOf(row: Row): ClusterConnection {
  return {
    apiServerUrl: row.apiServerUrl,
    caPem: row.caPem,
    tlsServerName: row.tlsServerName,
    insecureSkipTlsVerify: row.insecureSkipTlsVerify,
    credentials: decryptCredentials(
      { ciphertext: row.credentialsCiphertext, keyId: row.credentialsKeyId },
      { organizationId: row.organizationId, clusterId: row.id },
      credentialKeys(),
    ),
  };
}

/** A client for a registered cluster, for the reconciler and other system callers (no OrgCtx). */
export async function clusterClientFor(clusterId: string, opts?: ClusterClientOptions): Promise<ClusterClient> {
  const [row] = await (await getDb()).select().from(clusters).where(eq(clusters.id, clusterId));
  if (!row) throw new Error(`cluster ${clusterId} does not exist`);
  return createClusterClient(connectionOf(row), opts);
}
