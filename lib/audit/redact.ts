// Strips secrets from what the audit log records: any key that names a secret is dropped,
// however deep. Pure, so it is unit tested.
const SECRET_KEY = /pass(word)?|secret|token|credential|private|key$|certificate|ciphertext|hash|authorization|cookie/i;

export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      if (!SECRET_KEY.test(k)) out[k] = redactSecrets(v);
    }
    return out;
  }
  return value;
}
