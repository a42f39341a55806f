// "Test connection" on demand: runs the full connection test with the stored credentials and
// records the report as the cluster's health. Audited: it makes the server reach out.
import 'server-only';
import { authorizeOrg } from '@/lib/auth/authorize';
import type { OrgCtx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import { getDb } from '@/lib/db/client';
import type { ConnectionReport } from '@/lib/validation/clusters';
import { connectionOf } from './connection';
import { runConnectionTest } from './connection-test';
import { CredentialsUnreadableError } from './credentials-crypto';
import { recordHealth } from './health';
import { findClusterRow } from './read';

export async function testClusterConnection(ctx: OrgCtx, name: string): Promise<ConnectionReport> {
  authorizeOrg(ctx, 'clusters.write');
  const db = await getDb();
  const row = await findClusterRow(db, ctx, name);
  let report: ConnectionReport;
  try {
    report = await runConnectionTest(connectionOf(row), { timeoutMs: 10_000 });
  } catch (err) {
    if (!(err instanceof CredentialsUnreadableError)) throw err;
    report = credentialsUnreadableReport(err.message);
  }
  await db.transaction(async (tx) => {
    await recordHealth(tx, row.id, row.credentialsCiphertext, report, true);
    await recordAudit(tx, ctx, {
      action: 'cluster.test',
      target: { type: 'cluster', id: row.id, label: row.name },
      result: report.problem && report.problem !== 'permissions_missing' ? 'failure' : 'success',
      details: { health: report.health, problem: report.problem },
    });
  });
  return report;
}

/** Stored credentials this server cannot decrypt: Flotilla cannot authenticate until they are replaced. */
export function credentialsUnreadableReport(message: string): ConnectionReport {
  return {
    checkedAt: new Date().toISOString(),
    health: 'auth_failed',
    problem: 'auth_failed',
    summary: message,
    durationMs: 0,
    steps: [{ name: 'Credentials', ok: false, detail: message }],
    identity: null,
    kubernetesVersion: null,
    crds: null,
    permissions: null,
  };
}
