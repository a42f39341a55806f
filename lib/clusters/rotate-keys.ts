// Re-encrypts stored cluster credentials under the current secret key, reading each under
// whichever key (current or FLOTILLA_PREVIOUS_SECRET_KEYS) it names. Rows it cannot read are
// left alone and counted, so an operator sees which key is still needed. Each row is updated
// only if it still holds the ciphertext that was read (a concurrent change wins).
import 'server-only';
import { and, eq, ne } from 'drizzle-orm';
import type { Ctx } from '@/lib/auth/context';
import { recordAudit } from '@/lib/audit/record';
import type { Database } from '@/lib/db/client';
import { clusters } from '@/lib/db/schema';
import { CredentialsUnreadableError, decryptCredentials, encryptCredentials, keyIdOf } from './credentials-crypto';

export interface RotationResult {
  reencrypted: number;
  unreadable: { clusterId: string; keyId: string; reason: string }[];
}

const SYSTEM: Ctx = { requestId: 'keys-rotate', actor: { type: 'system', id: null, name: 'keys:rotate' } };

export async function reencryptCredentials(
  db: Database,
  keys: { current: Buffer; previous: Buffer[] },
  opts: { organizationId?: string } = {},
): Promise<RotationResult> {
  const currentId = keyIdOf(keys.current);
  const stale = ne(clusters.credentialsKeyId, currentId);
  const rows = await db
    .select()
    .from(clusters)
    .where(opts.organizationId ? and(stale, eq(clusters.organizationId, opts.organizationId)) : stale);
  const result: RotationResult = { reencrypted: 0, unreadable: [] };
  for (const row of rows) {
    const binding = { organizationId: row.organizationId, clusterId: row.id };
    let sealed;
    try {
      const plain = decryptCredentials({ ciphertext: row.credentialsCiphertext, keyId: row.credentialsKeyId }, binding, [keys.current, ...keys.previous]);
      sealed = encryptCredentials(plain, binding, keys.current);
    } catch (err) {
      if (!(err instanceof CredentialsUnreadableError)) throw err;
      result.unreadable.push({ clusterId: row.id, keyId: row.credentialsKeyId, reason: err.message });
      continue;
    }
    await db.transaction(async (tx) => {
      const updated = await tx
        .update(clusters)
        .set({ credentialsCiphertext: sealed.ciphertext, credentialsKeyId: sealed.keyId })
        .where(and(eq(clusters.id, row.id), eq(clusters.credentialsCiphertext, row.credentialsCiphertext)))
        .returning({ id: clusters.id });
      if (updated.length === 0) return;
      result.reencrypted += 1;
      await recordAudit(tx, SYSTEM, {
        organizationId: row.organizationId,
        action: 'cluster.reencrypt',
        target: { type: 'cluster', id: row.id, label: row.name },
        details: { fromKeyId: row.credentialsKeyId, toKeyId: sealed.keyId },
      });
    });
  }
  return result;
}
