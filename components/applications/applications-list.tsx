'use client';
// A workspace's applications, live: state with its reason, the job's own state, Flink version,
// parallelism, pod resources and when the cluster last reported. Empty, it says what goes here
// and (for editors) offers to create the first.
import Link from 'next/link';
import { AppIcon } from '@/components/icons';
import { buttonClasses } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ApplicationDto } from '@/lib/validation/applications';
import { flinkVersionLabel, jobManagerResources, taskManagerResources } from '@/components/flink/format';
import { useLiveApplications } from './queries';
import { TimeAgo } from '@/components/flink/time-ago';
import { RefreshError } from '@/components/flink/refresh-error';
import { NameCell } from '@/components/flink/name-cell';
import { StateCell } from '@/components/flink/state-cell';

interface ApplicationsListProps {
  orgSlug: string;
  ws: string;
  initial: ApplicationDto[];
  canCreate: boolean;
}

export function ApplicationsList({ orgSlug, ws, initial, canCreate }: ApplicationsListProps) {
  const { data: applications, error } = useLiveApplications(orgSlug, ws, initial);
  const base = `/orgs/${orgSlug}/workspaces/${ws}/applications`;
  const newButton = canCreate ? (
    <Link href={`${base}/new`} className={buttonClasses('primary')}>
      New application
    </Link>
  ) : undefined;
  return (
    <>
      <PageHeader
        level={2}
        title="Applications"
        description="Flink jobs in application mode: each application runs one job on its own Flink cluster."
        actions={applications.length > 0 ? newButton : undefined}
      />
      {error && <RefreshError error={error} className="mb-4" />}
      {applications.length === 0 ? (
        <EmptyState icon={<AppIcon className="size-5" />} title="No applications yet" level={3} action={newButton}>
          {canCreate
            ? 'Deploy a Flink job from a container image and a jar. Its status appears here live.'
            : 'Applications that editors of this workspace deploy appear here with their live status.'}
        </EmptyState>
      ) : (
        <Table aria-label="Applications">
          <THead>
            <Tr>
              <Th>Name</Th>
              <Th>State</Th>
              <Th>Job</Th>
              <Th>Flink</Th>
              <Th className="text-right">Parallelism</Th>
              <Th>JobManager</Th>
              <Th>TaskManager</Th>
              <Th>Last observed</Th>
            </Tr>
          </THead>
          <TBody>
            {applications.map((app) => (
              <Tr key={app.id}>
                <NameCell name={app.name} href={`${base}/${app.name}`} detail={app.spec.image} />
                <StateCell resource={app} />
                <Td className="font-mono text-xs">{app.job?.state ?? <span className="text-fg-muted">—</span>}</Td>
                <Td className="tabular-nums">{flinkVersionLabel(app.spec.flinkVersion)}</Td>
                <Td className="text-right tabular-nums">{app.spec.parallelism}</Td>
                <Td className="text-xs whitespace-nowrap">{jobManagerResources(app.spec)}</Td>
                <Td className="text-xs whitespace-nowrap">{taskManagerResources(app.spec)}</Td>
                <Td className="text-xs whitespace-nowrap">
                  <TimeAgo iso={app.lastObservedAt} fallback="not yet" />
                </Td>
              </Tr>
            ))}
          </TBody>
        </Table>
      )}
    </>
  );
}
