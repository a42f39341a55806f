'use client';
// Savepoints, newest first: state, where each was written (with a copy button) or why it failed,
// what triggered it, when; optionally what it was taken of (the workspace's list). The one table
// of savepoints: the workspace's page and the Savepoints tab of applications and session jobs.
import Link from 'next/link';
import { formatTime } from '@/components/audit/format-time';
import { StatusBadge } from '@/components/ui/status-badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { SavepointDto } from '@/lib/validation/applications';
import { CopyButton } from './copy-button';

const TRIGGERS: Record<SavepointDto['trigger'], string> = { manual: 'On request', upgrade: 'Upgrade', periodic: 'Periodic', delete: 'Before delete' };

interface SavepointsTableProps {
  savepoints: SavepointDto[];
  /** Adds the "Taken of" column; applications link to their page. */
  target?: { applicationsHref: string };
  /** A copy button beside each path (the application's tab has none). */
  copyPaths?: boolean;
}

function TakenOf({ savepoint, applicationsHref }: { savepoint: SavepointDto; applicationsHref: string }) {
  if (savepoint.targetKind === 'application') {
    return (
      <>
        <Link href={`${applicationsHref}/${savepoint.targetName}`} className="font-medium hover:underline">
          {savepoint.targetName}
        </Link>
        <p className="text-xs text-fg-muted">Application</p>
      </>
    );
  }
  return (
    <>
      <span className="font-medium">{savepoint.targetName}</span>
      <p className="text-xs text-fg-muted">{savepoint.targetKind === 'session_job' ? 'Session job' : 'Deleted since'}</p>
    </>
  );
}

export function SavepointsTable({ savepoints, target, copyPaths = true }: SavepointsTableProps) {
  return (
    <Table aria-label="Savepoints">
      <THead>
        <Tr>
          <Th>State</Th>
          <Th>Path</Th>
          {target && <Th>Taken of</Th>}
          <Th>Trigger</Th>
          <Th>Requested</Th>
          <Th>Completed</Th>
        </Tr>
      </THead>
      <TBody>
        {savepoints.map((s) => (
          <Tr key={s.id}>
            <Td>
              <StatusBadge status={s.state} />
            </Td>
            <Td className="max-w-md">
              {s.path ? (
                <div className="flex items-start gap-1">
                  <span className="min-w-0 py-1 font-mono text-xs break-all">{s.path}</span>
                  {copyPaths && <CopyButton text={s.path} label={`Copy the path of ${s.name}`} />}
                </div>
              ) : (
                <span className="text-fg-muted">{s.state === 'failed' || s.state === 'abandoned' ? 'None' : 'Not written yet'}</span>
              )}
              {s.error && <p className="mt-1 text-xs text-red-700 dark:text-red-400">{s.error}</p>}
              <p className="mt-0.5 font-mono text-[11px] text-fg-muted">{s.name}</p>
            </Td>
            {target && (
              <Td>
                <TakenOf savepoint={s} applicationsHref={target.applicationsHref} />
              </Td>
            )}
            <Td>{TRIGGERS[s.trigger]}</Td>
            <Td className="text-xs whitespace-nowrap tabular-nums">{formatTime(s.createdAt)}</Td>
            <Td className="text-xs whitespace-nowrap tabular-nums">{formatTime(s.completedAt)}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
