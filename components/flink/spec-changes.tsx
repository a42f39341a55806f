// Changed fields of a spec as a table: the path, the value before and after. Used by the
// revisions and by the review before an edit is applied.
import { Badge } from '@/components/ui/badge';
import type { SpecChange } from '@/lib/k8s/flink/diff';
import { specValueText } from '@/components/flink/format';

export function SpecChanges({ changes, initial = false }: { changes: SpecChange[]; initial?: boolean }) {
  return (
    <table className="w-full table-fixed border-collapse text-left text-xs">
      <thead className="text-fg-muted">
        <tr>
          <th scope="col" className="w-2/5 pb-1 font-medium">Field</th>
          {!initial && <th scope="col" className="pb-1 font-medium">Before</th>}
          <th scope="col" className="pb-1 font-medium">{initial ? 'Value' : 'After'}</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-border">
        {changes.map((c) => (
          <tr key={c.path} className="align-top">
            <td className="py-1.5 pr-3 font-mono break-all">{c.path}</td>
            {!initial && (
              <td className="py-1.5 pr-3 font-mono break-all text-fg-muted">
                <span className="line-through decoration-red-400/70">{specValueText(c.before)}</span>
              </td>
            )}
            <td className="py-1.5 font-mono break-all">
              {c.after === undefined ? <Badge tone="warning">removed</Badge> : specValueText(c.after)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
