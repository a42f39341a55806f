// What any structured input (a JSON body, a parsed YAML document) must be before anything walks
// it recursively or stores it: nested at most MAX_NESTING levels (deeper documents overflow the
// stack of recursive code: zod, YAML, JSON.stringify, policy checks) and without text Postgres
// cannot store (NUL) or would silently mangle (unpaired UTF-16 surrogates). Pure and client-safe.
export const MAX_NESTING = 64;

// Without the u flag the pattern sees UTF-16 code units, which is where a lone surrogate shows.
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSTORABLE_TEXT = 'Contains a NUL character or an unpaired surrogate, which cannot be stored.';
export const TOO_DEEP = `Nested more than ${MAX_NESTING} levels deep.`;

export function isStorableText(text: string): boolean {
  return !UNSTORABLE.test(text);
}

export interface DataProblem {
  /** Field path in the form of field errors (`a.b.0`); `_` for the whole document. */
  path: string;
  message: string;
}

/** The first problem in `value`, or null. Iterative, so the check itself cannot overflow. */
export function untrustedDataProblem(value: unknown): DataProblem | null {
  const stack: [unknown, (string | number)[]][] = [[value, []]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (!isStorableText(node)) return { path: path.join('.') || '_', message: UNSTORABLE_TEXT };
      continue;
    }
    if (node === null || typeof node !== 'object') continue;
    // The top-level field is where a person can look; 64 segments of path would not help.
    if (path.length >= MAX_NESTING) return { path: String(path[0] ?? '_'), message: TOO_DEEP };
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, child] of entries) {
      if (typeof key === 'string' && !isStorableText(key)) return { path: [...path, key].join('.'), message: `A name here: ${UNSTORABLE_TEXT}` };
      stack.push([child, [...path, key]]);
    }
  }
  return null;
}
