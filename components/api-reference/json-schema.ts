// Just enough of JSON Schema (as the OpenAPI document renders zod) to describe it to a person.
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  description?: string;
  default?: unknown;
  format?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  additionalProperties?: boolean | JsonSchema;
}

export function refName(ref: string): string {
  return ref.split('/').at(-1)!;
}

/** A one-line type: `string (uuid)`, `integer 1–100`, `"member" | "admin"`, `ServiceAccount[]`. */
export function typeLabel(s: JsonSchema): string {
  if (s.$ref) return refName(s.$ref);
  if (s.const !== undefined) return JSON.stringify(s.const);
  if (s.enum) return s.enum.length > 6 ? `one of ${s.enum.length} values` : s.enum.map((v) => JSON.stringify(v)).join(' | ');
  const variants = s.anyOf ?? s.oneOf;
  if (variants) return variants.map(typeLabel).join(' | ');
  const types = Array.isArray(s.type) ? s.type : s.type ? [s.type] : ['any'];
  return types
    .map((t) => {
      if (t === 'array') return `${s.items ? typeLabel(s.items) : 'any'}[]`;
      if (t === 'string' && s.format) return `string (${s.format})`;
      if ((t === 'integer' || t === 'number') && (bound(s.minimum) || bound(s.maximum))) return `${t} ${bound(s.minimum) ?? ''}–${bound(s.maximum) ?? ''}`;
      if (t === 'object' && s.additionalProperties && typeof s.additionalProperties === 'object') return `map of ${typeLabel(s.additionalProperties)}`;
      return t;
    })
    .join(' | ');
}

export function constraints(s: JsonSchema): string[] {
  const out: string[] = [];
  if (s.maxLength !== undefined) out.push(`max ${s.maxLength} chars`);
  if (s.minLength !== undefined && s.minLength > 1) out.push(`min ${s.minLength} chars`);
  if (s.default !== undefined) out.push(`default ${JSON.stringify(s.default)}`);
  return out;
}

/** zod bounds every integer to the safe range; that says nothing to a reader. */
function bound(n: number | undefined): number | undefined {
  return n === undefined || Math.abs(n) >= Number.MAX_SAFE_INTEGER ? undefined : n;
}

/** The values of a long enum (or of an array of one), listed under the field instead of inline. */
export function longEnum(s: JsonSchema): unknown[] | undefined {
  const values = s.enum ?? (s.type === 'array' ? s.items?.enum : undefined);
  return values && values.length > 6 ? values : undefined;
}
