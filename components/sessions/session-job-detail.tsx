'use client';
// A session job's page, live, like an application's: its state with the reason and the operator's
// error, the actions an editor may take, and tabs for the overview, Events, savepoints,
// revisions and the FlinkSessionJob. When it disappears (deleted), the page says so.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DetailTabs } from '@/components/flink/detail-tabs';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { EventsPanel } from '@/components/flink/events-panel';
import { GoneNotice } from '@/components/flink/gone-notice';
import type { SessionJobHandlers } from './handlers';
import { ManifestPanel } from '@/components/flink/manifest-panel';
import { OperatorError } from '@/components/flink/operator-error';
import { isGone, type Part } from '@/components/flink/queries';
import { sessionJobPartQuery, useLiveSessionJob } from './queries';
import { ResourceHeading } from '@/components/flink/resource-heading';
import { RevisionsPanel } from '@/components/flink/revisions-panel';
import { SavepointsPanel } from '@/components/flink/savepoints-panel';
import { SessionJobActions } from './session-job-actions';
import { SessionJobOverview } from './session-job-overview';
import { RefreshError } from '@/components/flink/refresh-error';

type Tab = 'overview' | 'events' | 'savepoints' | 'revisions' | 'manifest';

interface SessionJobDetailProps {
  orgSlug: string;
  ws: string;
  initial: SessionJobDto;
  handlers: SessionJobHandlers | null;
}

export function SessionJobDetail({ orgSlug, ws, initial, handlers }: SessionJobDetailProps) {
  const { data: job, error } = useLiveSessionJob(orgSlug, ws, initial);
  const [tab, setTab] = useState<Tab>('overview');
  const router = useRouter();
  const sessionHref = `/orgs/${orgSlug}/workspaces/${ws}/sessions/${job.session}`;
  const gone = isGone(error);
  const part = <P extends Part>(p: P) => sessionJobPartQuery(orgSlug, ws, job.session, job.name, p);

  return (
    <div className="flex flex-col gap-6">
      <ResourceHeading
        backHref={sessionHref}
        backLabel={`Session ${job.session}`}
        name={job.name}
        state={job.state}
        note={job.desiredState === 'suspended' && job.state !== 'suspended' ? 'suspend requested' : null}
        message={job.stateMessage}
        lastObservedAt={job.lastObservedAt}
        actions={
          handlers &&
          !gone && (
            <SessionJobActions orgSlug={orgSlug} ws={ws} job={job} handlers={handlers} withEdit onSavepoint={() => setTab('savepoints')} onDeleted={() => router.push(sessionHref)} />
          )
        }
      />
      {gone && <GoneNotice name={job.name} wasDeleting={Boolean(job.deletionRequestedAt)} backHref={sessionHref} backLabel={`Back to the session ${job.session}`} />}
      {error && !gone && <RefreshError error={error} />}
      {job.error && <OperatorError error={job.error} />}
      <DetailTabs<Tab>
        label={`${job.name} details`}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'overview', label: 'Overview', render: () => <SessionJobOverview job={job} sessionHref={sessionHref} /> },
          {
            id: 'events',
            label: 'Events',
            render: () => <EventsPanel query={part('events')} emptyText="The operator's steps with this job (submission, state changes, failures) appear here as they happen." />,
          },
          { id: 'savepoints', label: 'Savepoints', render: () => <SavepointsPanel query={part('savepoints')} /> },
          { id: 'revisions', label: 'Revisions', render: () => <RevisionsPanel query={part('revisions')} /> },
          { id: 'manifest', label: 'Manifest', render: () => <ManifestPanel query={part('manifest')} kind="FlinkSessionJob" /> },
        ]}
      />
    </div>
  );
}
