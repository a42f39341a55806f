'use client';
// A workspace's sessions, live: state with its reason, the JobManager's state, capacity in slots,
// jobs running of those submitted, Flink version and when the cluster last reported. Empty, it
// says what goes here and (for editors) offers to create the first.
import Link from 'next/link';
import { flinkVersionLabel } from '@/components/flink/format';
import { TimeAgo } from '@/components/flink/time-ago';
import { SessionIcon } from '@/components/icons';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { SessionDto } from '@/lib/validation/sessions';
import { capacityLabel, jobManagerStatusLabel } from './format';
import { useLiveSessions } from './queries';
import { RefreshError } from '@/components/flink/refresh-error';
import { NameCell } from '@/components/flink/name-cell';
import { StateCell } from '@/components/flink/state-cell';

interface SessionsListProps {
  orgSlug: string;
  ws: string;
  initial: SessionDto[];
  canCreate: boolean;
}

export function SessionsList({ orgSlug, ws, initial, canCreate }: SessionsListProps) {
  const { data: sessions, error } = useLiveSessions(orgSlug, ws, initial);
  const base = `/orgs/${orgSlug}/workspaces/${ws}/sessions`;
  const newButton = canCreate ? (
    <Link href={`${base}/new`} className={buttonClasses('primary')}>
      New session
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader
        level={2}
        title="Sessions"
        description="Shared Flink clusters in session mode: each session runs many jobs, which come and go without restarting it."
        actions={sessions.length > 0 ? newButton : undefined}
      />
      {error && <RefreshError error={error} className="mb-4" />}
      {sessions.length === 0 ? (
        <EmptyState icon={<SessionIcon className="size-5" />} title="No sessions yet" level={3} action={newButton}>
          {canCreate
            ? 'Start a session cluster, then submit jobs to it. Its status and its jobs appear here live.'
            : 'Sessions that editors of this workspace start appear here with their live status.'}
        </EmptyState>
      ) : (
        <Table aria-label="Sessions">
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>State</Th>
              <Th>JobManager</Th>
              <Th>Capacity</Th>
              <Th>Jobs</Th>
              <Th>Flink</Th>
              <Th>Last observed</Th>
            </Tr>
          </THead>
          <TBody>
            {sessions.map((s) => {
              const capacity = capacityLabel(s.capacity);
              return (
                <Tr key={s.id}>
                  <NameCell name={s.name} href={`${base}/${s.name}`} detail={s.spec.image} />
                  <StateCell resource={s} />
                  <Td className="text-xs whitespace-nowrap">{jobManagerStatusLabel(s.jobManagerDeploymentStatus)}</Td>
                  <Td className="whitespace-nowrap">
                    {capacity.slots}
                    <p className="text-xs text-fg-muted">{capacity.detail}</p>
                  </Td>
                  <Td className="whitespace-nowrap tabular-nums">
                    {s.jobs.running} running
                    <p className="text-xs text-fg-muted">of {s.jobs.total}</p>
                  </Td>
                  <Td className="tabular-nums">{flinkVersionLabel(s.spec.flinkVersion)}</Td>
                  <Td className="text-xs whitespace-nowrap">
                    <TimeAgo iso={s.lastObservedAt} fallback="not yet" />
                  </Td>
                </Tr>
              );
            })}
          </TBody>
        </Table>
      )}
    </>
  );
}
