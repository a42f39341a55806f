'use client';
// A session's page, live: its state with the reason and the operator's error, its JobManager,
// capacity and jobs at a glance, the actions an editor may take, and tabs for its jobs (with
// theirs), its spec, Events, revisions and manifest. When it disappears (deleted), the page says so.
import { useState } from 'react';
import { DetailTabs } from '@/components/flink/detail-tabs';
import type { SessionDto, SessionJobDto } from '@/lib/validation/sessions';
import { EventsPanel } from '@/components/flink/events-panel';
import { GoneNotice } from '@/components/flink/gone-notice';
import type { SessionHandlers, SessionJobHandlers } from './handlers';
import { ManifestPanel } from '@/components/flink/manifest-panel';
import { OperatorError } from '@/components/flink/operator-error';
import { isGone } from '@/components/flink/queries';
import { sessionPartQuery, useLiveSession, useLiveSessionJobs } from './queries';
import { ResourceHeading } from '@/components/flink/resource-heading';
import { RevisionsPanel } from '@/components/flink/revisions-panel';
import { SessionActions } from './session-actions';
import { SessionJobsTable } from './session-jobs-table';
import { SessionOverview } from './session-overview';
import { SessionSummary } from './session-summary';
import { SubmitJobButton } from './submit-job-button';
import { RefreshError } from '@/components/flink/refresh-error';

type Tab = 'jobs' | 'spec' | 'events' | 'revisions' | 'manifest';

interface SessionDetailProps {
  orgSlug: string;
  ws: string;
  initial: SessionDto;
  initialJobs: SessionJobDto[];
  /** Editors and admins; viewers get no actions (the services refuse them anyway). */
  handlers: { session: SessionHandlers; jobs: SessionJobHandlers } | null;
}

export function SessionDetail({ orgSlug, ws, initial, initialJobs, handlers }: SessionDetailProps) {
  const { data: session, error } = useLiveSession(orgSlug, ws, initial);
  const { data: lastJobs } = useLiveSessionJobs(orgSlug, ws, initial.name, initialJobs);
  const [tab, setTab] = useState<Tab>('jobs');
  const listHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions`;
  const sessionHref = `${listHref}/${session.name}`;
  const gone = isGone(error);
  // A session is deleted only after its jobs: once it is gone, so are they.
  const jobs = gone ? [] : lastJobs;

  return (
    <div className="flex flex-col gap-6">
      <ResourceHeading
        backHref={listHref}
        backLabel="Sessions"
        name={session.name}
        state={session.state}
        message={session.stateMessage}
        lastObservedAt={session.lastObservedAt}
        actions={handlers && !gone && <SessionActions orgSlug={orgSlug} ws={ws} session={session} jobs={jobs} handlers={handlers.session} />}
      />
      {gone && <GoneNotice name={session.name} wasDeleting={Boolean(session.deletionRequestedAt)} backHref={listHref} backLabel="Back to the sessions" />}
      {error && !gone && <RefreshError error={error} />}
      {session.error && <OperatorError error={session.error} />}
      <SessionSummary session={session} />
      <DetailTabs<Tab>
        label={`${session.name} details`}
        selected={tab}
        onSelect={setTab}
        tabs={[
          {
            id: 'jobs',
            label: `Jobs (${jobs.length})`,
            render: () => (
              <div className="flex flex-col gap-4">
                <div className="flex flex-wrap items-center justify-between gap-3">
                  <p className="text-sm text-fg-muted">Each job runs in this session&apos;s Flink cluster and comes and goes on its own.</p>
                  {handlers && !gone && <SubmitJobButton href={`${sessionHref}/jobs/new`} session={session} />}
                </div>
                <SessionJobsTable
                  orgSlug={orgSlug}
                  ws={ws}
                  jobs={jobs}
                  handlers={gone ? null : (handlers?.jobs ?? null)}
                  emptyText={
                    session.deletionRequestedAt
                      ? 'Its jobs are deleted; the session goes next.'
                      : 'Jobs submitted to this session appear here with their live state. A job can be submitted once the session is running.'
                  }
                />
              </div>
            ),
          },
          { id: 'spec', label: 'Spec', render: () => <SessionOverview session={session} /> },
          {
            id: 'events',
            label: 'Events',
            render: () => (
              <EventsPanel
                query={sessionPartQuery(orgSlug, ws, session.name, 'events')}
                emptyText="The operator's steps and the JobManager's and TaskManagers' scheduling, image pulls and failures appear here as they happen."
              />
            ),
          },
          { id: 'revisions', label: 'Revisions', render: () => <RevisionsPanel query={sessionPartQuery(orgSlug, ws, session.name, 'revisions')} /> },
          { id: 'manifest', label: 'Manifest', render: () => <ManifestPanel query={sessionPartQuery(orgSlug, ws, session.name, 'manifest')} kind="FlinkDeployment" /> },
        ]}
      />
    </div>
  );
}
