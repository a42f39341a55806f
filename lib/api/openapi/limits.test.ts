// Every input the API takes is bounded, and the OpenAPI document says so: a request body's or a
// query's string has maxLength, an array maxItems, a map maxProperties. Walks the generated
// document, so a schema added without a limit fails here, naming where.
import { describe, expect, it } from 'vitest';
import { buildOpenApiDocument } from './document';

type Schema = Record<string, unknown>;

// Formats whose pattern already bounds the length (zod writes an anchored pattern for each).
const BOUNDED_FORMATS = new Set(['uuid', 'date-time']);

function unbounded(doc: ReturnType<typeof buildOpenApiDocument>, root: unknown, where: string): string[] {
  const problems: string[] = [];
  const seen = new Set<unknown>();
  const visit = (node: unknown, path: string) => {
    if (!node || typeof node !== 'object' || seen.has(node)) return;
    seen.add(node);
    const schema = node as Schema;
    if (typeof schema.$ref === 'string') {
      const name = schema.$ref.replace('#/components/schemas/', '');
      return visit(doc.components?.schemas?.[name], `${path}(${name})`);
    }
    const types = ([] as unknown[]).concat(schema.type ?? []);
    if (types.includes('string') && schema.maxLength === undefined && schema.enum === undefined && schema.const === undefined && !BOUNDED_FORMATS.has(String(schema.format))) {
      problems.push(`${path}: string without maxLength`);
    }
    if (types.includes('array') && schema.maxItems === undefined) problems.push(`${path}: array without maxItems`);
    if (schema.additionalProperties !== undefined && schema.additionalProperties !== false && schema.maxProperties === undefined) {
      problems.push(`${path}: map without maxProperties`);
    }
    for (const [key, value] of Object.entries(schema.properties ?? {})) visit(value, `${path}.${key}`);
    for (const key of ['items', 'additionalProperties', 'propertyNames'] as const) visit(schema[key], `${path}.${key}`);
    for (const key of ['anyOf', 'oneOf', 'allOf'] as const) for (const [i, option] of ((schema[key] as unknown[]) ?? []).entries()) visit(option, `${path}|${i}`);
  };
  visit(root, where);
  return problems;
}

describe('limits in the OpenAPI document', () => {
  const doc = buildOpenApiDocument('https://flotilla.example.com');
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Schema>).map(([method, op]) => ({ name: `${method.toUpperCase()} ${path}`, op })),
  );

  it('bounds every string, array and map of every request body and query', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const { name, op } of operations) {
      const body = (op.requestBody as Schema | undefined)?.content as Record<string, { schema: unknown }> | undefined;
      if (body) {
        checked++;
        problems.push(...unbounded(doc, body['application/json']?.schema, `${name} body`));
      }
      for (const param of (op.parameters as Schema[] | undefined) ?? []) {
        if (param.in !== 'query') continue;
        checked++;
        problems.push(...unbounded(doc, param.schema, `${name} ?${String(param.name)}`));
      }
    }
    expect(checked).toBeGreaterThan(20);
    expect(problems).toEqual([]);
  });

  it('publishes the limits of the Flink specs (a sample)', () => {
    const spec = doc.components?.schemas?.ApplicationSpec as Schema & { properties: Record<string, Schema> };
    expect(spec.properties.image!.maxLength).toBe(512);
    expect(spec.properties.args!.maxItems).toBe(256);
    expect(spec.properties.flinkConfiguration!.maxProperties).toBe(256);
    expect(spec.properties.labels!.maxProperties).toBe(64);
  });
});
