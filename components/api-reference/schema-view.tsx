// A schema as a table of fields: name, type, required, description; nested objects indent,
// references link to the schema's own section.
import { cn } from '@/components/ui/cn';
import { constraints, longEnum, refName, typeLabel, type JsonSchema } from './json-schema';

/** A schema; on narrow screens it scrolls sideways inside its own frame, never the page. */
export function SchemaView({ schema }: { schema: JsonSchema }) {
  return (
    <div className="relative overflow-x-auto">
      <SchemaBody schema={schema} depth={0} />
    </div>
  );
}

function SchemaBody({ schema, depth }: { schema: JsonSchema; depth: number }) {
  if (schema.$ref) {
    return (
      <a href={`#schema-${refName(schema.$ref)}`} className="font-mono text-xs text-accent-700 hover:underline dark:text-accent-100">
        {refName(schema.$ref)}
      </a>
    );
  }
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants && variants.every((v) => v.properties || v.$ref)) {
    return (
      <div className="flex flex-col gap-2">
        <span className="text-xs text-fg-muted">One of:</span>
        {variants.map((v, i) => (
          <div key={i} className="border-l-2 border-border pl-3">
            <SchemaBody schema={v} depth={depth + 1} />
          </div>
        ))}
      </div>
    );
  }
  if (schema.type === 'array' && schema.items && (schema.items.properties || schema.items.$ref)) {
    return (
      <div className="flex flex-col gap-1">
        <span className="text-xs text-fg-muted">An array of:</span>
        <SchemaBody schema={schema.items} depth={depth} />
      </div>
    );
  }
  if (!schema.properties) return <code className="font-mono text-xs">{typeLabel(schema)}</code>;
  const required = new Set(schema.required ?? []);
  return (
    <table className={cn('w-full table-fixed text-left text-xs', depth === 0 && 'min-w-[36rem]')}>
      <colgroup>
        <col className={depth === 0 ? 'w-44' : 'w-32'} />
        <col className={depth === 0 ? 'w-56' : 'w-40'} />
        <col />
      </colgroup>
      <tbody className="divide-y divide-border">
        {Object.entries(schema.properties).map(([name, prop]) => (
          <tr key={name} className="align-top">
            <td className="py-1.5 pr-3 font-mono font-medium whitespace-nowrap">
              {name}
              {required.has(name) && <span className="ml-1 text-red-600 dark:text-red-400" title="required">*</span>}
            </td>
            <td className="py-1.5 pr-3 font-mono break-words text-fg-muted">
              {prop.$ref ? <SchemaBody schema={prop} depth={depth} /> : typeLabel(prop)}
            </td>
            <td className="py-1.5 text-fg-muted">
              {prop.description}
              {constraints(prop).length > 0 && <span className="ml-1 text-fg-muted/80">({constraints(prop).join(', ')})</span>}
              {longEnum(prop) && <span className="mt-1 block font-mono text-[11px] leading-relaxed">{longEnum(prop)!.join(', ')}</span>}
              {depth < 3 && (prop.properties || (prop.type === 'array' && prop.items?.properties)) && (
                <div className="mt-1 border-l-2 border-border pl-3">
                  <SchemaBody schema={prop} depth={depth + 1} />
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
