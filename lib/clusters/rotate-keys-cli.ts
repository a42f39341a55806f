// `npm run keys:rotate`: after setting a new FLOTILLA_SECRET_KEY and moving the old one into
// FLOTILLA_PREVIOUS_SECRET_KEYS, re-encrypts every cluster credential under the new key. When it
// reports none left unreadable, the previous keys can be removed. Exits 1 if any row is unreadable.
import { getConfig } from '@/lib/config';
import { closeDatabase, getDb } from '@/lib/db/client';
import { keyIdOf } from './credentials-crypto';
import { reencryptCredentials } from './rotate-keys';

async function main() {
  const config = getConfig();
  const result = await reencryptCredentials(await getDb(), { current: config.secretKey, previous: config.previousSecretKeys });
  console.log(`Re-encrypted ${result.reencrypted} cluster credential(s) under key ${keyIdOf(config.secretKey)}.`);
  for (const u of result.unreadable) console.error(`Cluster ${u.clusterId} (key ${u.keyId}) left as is: ${u.reason}`);
  await closeDatabase();
  if (result.unreadable.length > 0) process.exit(1);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
