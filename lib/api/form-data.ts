// Reading FormData in server actions: every value is a string or absent (a file field is never
// ours), so actions read text and coerce explicitly; the services' zod schemas do the rest.

/** The field's text ('' when absent), trimmed when asked. Never trim passwords. */
export function formText(form: FormData, key: string, opts: { trim?: boolean } = {}): string {
  const value = form.get(key);
  const text = typeof value === 'string' ? value : '';
  return opts.trim ? text.trim() : text;
}

/** A workspace quota from its three fields: all empty means no quota; the schema coerces the count. */
export function quotaFromForm(form: FormData) {
  const [cpu, memory, maxDeployments] = ['quotaCpu', 'quotaMemory', 'quotaMaxDeployments'].map((key) => formText(form, key, { trim: true }));
  return cpu || memory || maxDeployments ? { cpu: cpu || null, memory: memory || null, maxDeployments: maxDeployments || null } : null;
}
