'use client';
// The Savepoints tab: every savepoint of the application, newest first, live: its state, where it
// was written (or why it failed), what triggered it, and when.
import { formatTime } from '@/components/audit/format-time';
import { StatusBadge } from '@/components/ui/status-badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { SavepointDto } from '@/lib/validation/applications';
import { Loading, Nothing } from './detail-list';
import { useApplicationPart } from './queries';

const TRIGGERS: Record<SavepointDto['trigger'], string> = { manual: 'On request', upgrade: 'Upgrade', periodic: 'Periodic', delete: 'Before delete' };

export function SavepointsTable({ orgSlug, ws, app }: { orgSlug: string; ws: string; app: string }) {
  const { data, error } = useApplicationPart(orgSlug, ws, app, 'savepoints');
  if (!data) return <Loading error={error} />;
  if (data.length === 0) {
    return (
      <Nothing title="No savepoints yet">
        Savepoints taken on request, before a deletion or periodically appear here with their paths. A savepoint needs a running job and a savepoint directory.
      </Nothing>
    );
  }
  return (
    <Table aria-label="Savepoints">
      <THead>
        <Tr>
          <Th>State</Th>
          <Th>Path</Th>
          <Th>Trigger</Th>
          <Th>Requested</Th>
          <Th>Completed</Th>
        </Tr>
      </THead>
      <TBody>
        {data.map((s) => (
          <Tr key={s.id}>
            <Td>
              <StatusBadge status={s.state} />
            </Td>
            <Td className="max-w-md">
              {s.path ? <span className="font-mono text-xs break-all">{s.path}</span> : <span className="text-fg-muted">{s.state === 'failed' || s.state === 'abandoned' ? 'None' : 'Not written yet'}</span>}
              {s.error && <p className="mt-1 text-xs text-red-700 dark:text-red-400">{s.error}</p>}
              <p className="mt-0.5 font-mono text-[11px] text-fg-muted">{s.name}</p>
            </Td>
            <Td>{TRIGGERS[s.trigger]}</Td>
            <Td className="text-xs whitespace-nowrap tabular-nums">{formatTime(s.createdAt)}</Td>
            <Td className="text-xs whitespace-nowrap tabular-nums">{formatTime(s.completedAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
