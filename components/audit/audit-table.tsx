// Audit events: time, actor, action, target, result and request id; details on demand. Every
// text is shown through visibleText: audit rows keep what was sent, refused input and user agents
// included, and a control or direction character must show as what it is, not act on the page.
import { Badge } from '@/components/ui/badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { AuditEventDto } from '@/lib/validation/audit';
import { visibleText } from '@/lib/validation/text';
import { formatTime } from './format-time';

const RESULT_TONE = { success: 'success', failure: 'danger', denied: 'warning' } as const;

export function AuditTable({ events }: { events: AuditEventDto[] }) {
  return (
    <Table>
      <THead>
        <tr>
          <Th>Time</Th>
          <Th>Actor</Th>
          <Th>Action</Th>
          <Th>Target</Th>
          <Th>Result</Th>
          <Th>Request id</Th>
        </tr>
      </THead>
      <TBody>
        {events.map((e) => (
          <Tr key={e.id}>
            <Td className="text-xs whitespace-nowrap text-fg-muted tabular-nums">{formatTime(e.time)}</Td>
            <Td>
              <span className="text-sm">{visibleText(e.actor.label)}</span>
              {e.actor.type !== 'user' && <span className="block text-xs text-fg-muted">{e.actor.type.replace('_', ' ')}</span>}
            </Td>
            <Td className="font-mono text-xs">{visibleText(e.action)}</Td>
            <Td>
              <span className="text-sm">{visibleText(e.target.label ?? e.target.id ?? '—')}</span>
              {e.target.type && <span className="block text-xs text-fg-muted">{e.target.type.replace('_', ' ')}</span>}
              {Object.keys(e.details).length > 0 && (
                <details className="mt-1 text-xs text-fg-muted">
                  <summary className="cursor-pointer">Details</summary>
                  <pre className="mt-1 max-w-sm overflow-x-auto rounded bg-surface-muted p-2 font-mono">{visibleText(JSON.stringify(e.details, null, 2), { multiline: true })}</pre>
                </details>
              )}
            </Td>
            <Td><Badge tone={RESULT_TONE[e.result]}>{e.result[0]!.toUpperCase() + e.result.slice(1)}</Badge></Td>
            <Td className="max-w-40 truncate font-mono text-xs text-fg-muted" title={e.requestId ? visibleText(e.requestId) : undefined}>{visibleText(e.requestId ?? '—')}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
