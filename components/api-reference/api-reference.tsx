// The OpenAPI document, readable: operations grouped by tag, then the shared schemas.
import type { JsonSchema } from './json-schema';
import { OperationView, type OperationObject } from './operation-view';
import { SchemaView } from './schema-view';

export interface OpenApiDocument {
  servers?: { url: string }[];
  tags?: { name: string }[];
  paths?: Record<string, Record<string, OperationObject & { tags?: string[] }> | undefined>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

export function ApiReference({ doc }: { doc: OpenApiDocument }) {
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((m) => item?.[m]).map((method) => ({ path, method, op: item![method]! })),
  );
  const tags = (doc.tags ?? []).map((t) => t.name);
  return (
    <div className="flex flex-col gap-8">
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="flex flex-col gap-2">
          <h2 id={`tag-${tag}`} className="text-base font-semibold">{tag}</h2>
          {operations
            .filter((o) => o.op.tags?.includes(tag))
            .map((o) => (
              <OperationView key={`${o.method} ${o.path}`} method={o.method} path={o.path} op={o.op} />
            ))}
        </section>
      ))}
      <section aria-labelledby="schemas" className="flex flex-col gap-3">
        <h2 id="schemas" className="text-base font-semibold">Schemas</h2>
        {Object.entries(doc.components?.schemas ?? {}).map(([name, schema]) => (
          <div key={name} id={`schema-${name}`} className="scroll-mt-20 rounded-lg border border-border bg-surface p-4 shadow-sm">
            <h3 className="mb-2 font-mono text-sm font-semibold">{name}</h3>
            <SchemaView schema={schema} />
          </div>
        ))}
      </section>
    </div>
  );
}
