// Cluster credentials at rest: AES-256-GCM under the server's secret key, with the organization
// and the cluster bound in as associated data, so a ciphertext copied onto another row (or
// another organization's row) does not decrypt. Each ciphertext records the id of its key
// (derived from the key itself), so earlier keys (FLOTILLA_PREVIOUS_SECRET_KEYS) can still be
// read until `npm run keys:rotate` re-encrypts everything under the current one.
import 'server-only';
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

export type ClusterCredentials =
  | { kind: 'token'; token: string }
  | { kind: 'client_certificate'; certPem: string; keyPem: string };

export interface CredentialsBinding {
  organizationId: string;
  clusterId: string;
}

export interface EncryptedCredentials {
  ciphertext: string;
  keyId: string;
}

/** Thrown when stored credentials cannot be read; its message never contains them. */
export class CredentialsUnreadableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CredentialsUnreadableError';
  }
}

const FORMAT = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** First 8 hex digits of the key's SHA-256: names the key without revealing it. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

function associatedData({ organizationId, clusterId }: CredentialsBinding): Buffer {
  return Buffer.from(`flotilla:cluster-credentials:${FORMAT}:${organizationId}:${clusterId}`, 'utf8');
}

export function encryptCredentials(credentials: ClusterCredentials, binding: CredentialsBinding, key: Buffer): EncryptedCredentials {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(associatedData(binding));
  const body = Buffer.concat([cipher.update(JSON.stringify(credentials), 'utf8'), cipher.final()]);
  const sealed = Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
  return { ciphertext: `${FORMAT}:${sealed}`, keyId: keyIdOf(key) };
}

/** Decrypts with whichever of `keys` has the recorded key id. */
export function decryptCredentials(stored: EncryptedCredentials, binding: CredentialsBinding, keys: Buffer[]): ClusterCredentials {
  const key = keys.find((k) => keyIdOf(k) === stored.keyId);
  if (!key) {
    throw new CredentialsUnreadableError(
      `The cluster's credentials are encrypted under key ${stored.keyId}, which this server does not have: set it in FLOTILLA_PREVIOUS_SECRET_KEYS, or register the credentials again.`,
    );
  }
  const [format, sealed] = stored.ciphertext.split(':', 2);
  const raw = Buffer.from(sealed ?? '', 'base64');
  if (format !== FORMAT || raw.length <= IV_BYTES + TAG_BYTES) {
    throw new CredentialsUnreadableError("The cluster's stored credentials are malformed: register them again.");
  }
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES), { authTagLength: TAG_BYTES });
    decipher.setAAD(associatedData(binding));
    decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
    const plain = Buffer.concat([decipher.update(raw.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
    return JSON.parse(plain.toString('utf8')) as ClusterCredentials;
  } catch {
    // GCM authentication failed: wrong key, tampered, or bound to another cluster/organization.
    throw new CredentialsUnreadableError("The cluster's stored credentials do not decrypt for this cluster: register them again.");
  }
}
