'use client';
// The Jobs tab of a session: each job with its state, the Flink job's own state, parallelism, when
// the cluster last reported, and (for editors) its actions inline (its upgrade mode is on its page
// and in the dialogs that depend on it).
import { Nothing } from '@/components/flink/detail-list';
import { TimeAgo } from '@/components/flink/time-ago';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { SessionJobDto } from '@/lib/validation/sessions';
import type { SessionJobHandlers } from './handlers';
import { SessionJobActions } from './session-job-actions';
import { NameCell } from '@/components/flink/name-cell';
import { StateCell } from '@/components/flink/state-cell';

interface SessionJobsTableProps {
  orgSlug: string;
  ws: string;
  jobs: SessionJobDto[];
  handlers: SessionJobHandlers | null;
  /** What to say when there are none (whether and when jobs can be submitted). */
  emptyText: string;
}

export function SessionJobsTable({ orgSlug, ws, jobs, handlers, emptyText }: SessionJobsTableProps) {
  if (jobs.length === 0) return <Nothing title="No jobs">{emptyText}</Nothing>;
  return (
    <Table aria-label="Jobs">
      <THead>
        <Tr>
          <Th>Name</Th>
          <Th>State</Th>
          <Th>Flink job</Th>
          <Th className="text-right">Parallelism</Th>
          <Th>Last observed</Th>
          {handlers && <Th>Actions</Th>}
        </Tr>
      </THead>
      <TBody>
        {jobs.map((job) => (
          <Tr key={job.id}>
            <NameCell name={job.name} href={`/orgs/${orgSlug}/workspaces/${ws}/sessions/${job.session}/jobs/${job.name}`} detail={job.spec.jarURI} detailWidth="max-w-[12rem]" />
            <StateCell resource={job} className="max-w-[16rem]" />
            <Td className="font-mono text-xs">{job.job?.state ?? <span className="text-fg-muted">—</span>}</Td>
            <Td className="text-right tabular-nums">{job.spec.parallelism}</Td>
            <Td className="text-xs whitespace-nowrap">
              <TimeAgo iso={job.lastObservedAt} fallback="not yet" />
            </Td>
            {handlers && (
              <Td>
                <SessionJobActions orgSlug={orgSlug} ws={ws} job={job} handlers={handlers} />
              </Td>
            )}
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
