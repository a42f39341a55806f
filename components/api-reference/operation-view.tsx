// One operation of the OpenAPI document: method, path, summary; expanded, its parameters,
// request body and responses.
import type { JsonSchema } from './json-schema';
import { typeLabel } from './json-schema';
import { MethodBadge } from './method-badge';
import { SchemaView } from './schema-view';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  schema?: JsonSchema;
}
type Content = { content?: Record<string, { schema?: JsonSchema }>; description?: string };
export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: Content;
  responses?: Record<string, Content>;
}

export function OperationView({ method, path, op }: { method: string; path: string; op: OperationObject }) {
  const body = op.requestBody?.content?.['application/json']?.schema;
  return (
    <details id={op.operationId} className="group rounded-lg border border-border bg-surface shadow-sm">
      <summary className="flex cursor-pointer list-none flex-wrap items-center gap-x-3 gap-y-1 px-4 py-2.5 hover:bg-surface-muted/50">
        <MethodBadge method={method} />
        <code className="min-w-0 font-mono text-sm break-all">{path}</code>
        <span className="min-w-0 truncate text-sm text-fg-muted md:ml-auto">{op.summary}</span>
      </summary>
      <div className="flex flex-col gap-4 border-t border-border px-4 py-4 text-sm">
        {op.description && <p className="whitespace-pre-line text-fg-muted">{op.description.replace(/`/g, '')}</p>}
        {op.parameters && op.parameters.length > 0 && (
          <section>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">Parameters</h4>
            <div className="relative overflow-x-auto">
            <table className="w-full min-w-[30rem] text-left text-xs">
              <tbody className="divide-y divide-border">
                {op.parameters.map((p) => (
                  <tr key={`${p.in}-${p.name}`} className="align-top">
                    <td className="py-1.5 pr-3 font-mono font-medium whitespace-nowrap">
                      {p.name}
                      {p.required && <span className="ml-1 text-red-600 dark:text-red-400" title="required">*</span>}
                    </td>
                    <td className="py-1.5 pr-3 text-fg-muted">{p.in}</td>
                    <td className="py-1.5 pr-3 font-mono text-fg-muted">{p.schema ? typeLabel(p.schema) : ''}</td>
                    <td className="py-1.5 text-fg-muted">{p.description?.replace(/`/g, '')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            </div>
          </section>
        )}
        {body && (
          <section>
            <h4 className="mb-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">Request body (JSON)</h4>
            <SchemaView schema={body} />
          </section>
        )}
        <section>
          <h4 className="mb-1 text-xs font-semibold tracking-wide text-fg-muted uppercase">Responses</h4>
          <ul className="flex flex-col gap-2">
            {Object.entries(op.responses ?? {}).map(([status, res]) => {
              const schema = res.content?.['application/json']?.schema;
              return (
                <li key={status} className="flex gap-3">
                  <code className={`w-10 shrink-0 font-mono text-xs font-semibold ${status.startsWith('2') ? 'text-emerald-700 dark:text-emerald-400' : 'text-fg-muted'}`}>{status}</code>
                  <div className="flex min-w-0 flex-1 flex-col gap-1">
                    <span className="text-xs text-fg-muted">{res.description?.replace(/`/g, '')}</span>
                    {schema && status.startsWith('2') && <SchemaView schema={schema} />}
                  </div>
                </li>
              );
            })}
          </ul>
        </section>
      </div>
    </details>
  );
}
