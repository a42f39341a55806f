// The OpenAPI document describes every route handler under app/api/v1, from the same schemas.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffSpecs } from '@/lib/k8s/flink/diff';
import { API_OPERATIONS } from '../operations';
import { buildOpenApiDocument } from './document';

const V1 = path.join(import.meta.dirname, '../../../app/api/v1');

/** [openapi path, method] of every exported handler under app/api/v1. */
function routeHandlers(dir = V1): [string, string][] {
  const out: [string, string][] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...routeHandlers(full));
    else if (entry.name === 'route.ts') {
      const route = '/' + path.relative(V1, dir).split(path.sep).map((s) => s.replace(/^\[(\w+)\]$/, '{$1}')).join('/');
      for (const m of readFileSync(full, 'utf8').matchAll(/export (?:const|async function|function) (GET|POST|PUT|PATCH|DELETE)\b/g)) {
        out.push([route, m[1]!]);
      }
    }
  }
  return out;
}

describe('the OpenAPI document', () => {
  const doc = buildOpenApiDocument('https://flotilla.example.com');

  it('is OpenAPI 3.1 with bearer and cookie security and a shared error schema', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.servers?.[0]?.url).toBe('https://flotilla.example.com/api/v1');
    expect(Object.keys(doc.components?.securitySchemes ?? {})).toEqual(['bearerToken', 'sessionCookie']);
    expect(doc.components?.schemas?.Error).toBeDefined();
  });

  it('describes every /api/v1 route handler, and nothing that has no handler', () => {
    const handlers = routeHandlers()
      .filter(([p]) => p !== '/openapi.json')
      .map(([p, m]) => `${m} ${p}`)
      .sort();
    const documented = API_OPERATIONS.map((o) => `${o.method} ${o.path}`).sort();
    expect(documented).toEqual(handlers);
  });

  it('gives every operation a unique id, its path parameters and its error answers', () => {
    const ids = API_OPERATIONS.map((o) => o.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const op of API_OPERATIONS) {
      const rendered = doc.paths?.[op.path]?.[op.method.toLowerCase() as 'get'];
      expect(rendered, `${op.method} ${op.path}`).toBeDefined();
      const pathParams = (rendered!.parameters ?? []).filter((p) => 'in' in p && p.in === 'path').map((p) => ('name' in p ? p.name : ''));
      expect(pathParams.sort()).toEqual([...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
      expect(rendered!.responses?.['400']).toBeDefined();
      expect(rendered!.responses?.['401']).toBeDefined();
      if (op.body) expect(rendered!.responses?.['422']).toBeDefined();
      if (op.body) expect(rendered!.responses?.['413'], 'a body over 1 MiB answers 413').toBeDefined();
    }
  });

  it('marks a body required where an empty one is refused, and says what an empty PATCH does', () => {
    for (const op of API_OPERATIONS.filter((o) => o.body)) {
      const rendered = doc.paths?.[op.path]?.[op.method.toLowerCase() as 'post'];
      const requestBody = rendered!.requestBody as { required?: boolean };
      const acceptsEmpty = op.body!.safeParse({}).success;
      expect(requestBody.required, `${op.method} ${op.path}`).toBe(op.method === 'PATCH' || !acceptsEmpty);
      if (op.method === 'PATCH') expect(rendered!.description).toContain('an empty object changes nothing and answers 422');
    }
    const test = doc.paths?.['/orgs/{org}/clusters/{cluster}/test']?.post?.requestBody as { required?: boolean };
    expect(test.required).toBe(false);
    expect((doc.paths?.['/orgs/{org}/service-accounts']?.post?.requestBody as { required?: boolean }).required).toBe(true);
  });

  it('describes a revision change as the diff produces it: no `before` for an added field, no `after` for a removed one', () => {
    const revision = doc.components?.schemas?.SpecRevision as { properties: { changes: { items: { required?: string[] } } } };
    expect(revision.properties.changes.items.required).toEqual(['path']);
    const serialized = JSON.parse(JSON.stringify(diffSpecs({ a: 1 }, { b: 2 })));
    expect(serialized).toEqual([{ path: 'a', before: 1 }, { path: 'b', after: 2 }]);
  });
});

describe("the workspace's Pod Security level in the document", () => {
  it('is in the create and update bodies and in the answer, with its two values', () => {
    const doc = JSON.stringify(buildOpenApiDocument('https://flotilla.example.com'));
    const ops = JSON.parse(doc).paths['/orgs/{org}/workspaces'].post;
    const body = JSON.stringify(ops.requestBody);
    expect(body).toContain('"podSecurityLevel"');
    expect(body).toContain('"enum":["restricted","baseline"]');
    const patch = JSON.stringify(JSON.parse(doc).paths['/orgs/{org}/workspaces/{ws}'].patch.requestBody);
    expect(patch).toContain('"podSecurityLevel"');
    expect(JSON.stringify(JSON.parse(doc).components.schemas.Workspace.properties.podSecurityLevel)).toContain('baseline');
  });
});
