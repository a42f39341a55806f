'use client';
// An application's page, live: its state with the reason and the operator's error, the actions an
// editor may take, and tabs for the overview, Events, savepoints, revisions and the manifest.
// When it disappears (deleted), the page says so instead of showing stale facts.
import { useState } from 'react';
import { DetailTabs } from '@/components/flink/detail-tabs';
import { EventsPanel } from '@/components/flink/events-panel';
import { GoneNotice } from '@/components/flink/gone-notice';
import { ManifestPanel } from '@/components/flink/manifest-panel';
import { OperatorError } from '@/components/flink/operator-error';
import { isGone, type Part } from '@/components/flink/queries';
import { ResourceHeading } from '@/components/flink/resource-heading';
import { RevisionsPanel } from '@/components/flink/revisions-panel';
import { SavepointsPanel } from '@/components/flink/savepoints-panel';
import type { ApplicationDto } from '@/lib/validation/applications';
import { ApplicationActions, type ApplicationActionHandlers } from './application-actions';
import { ApplicationOverview } from './application-overview';
import { applicationPartQuery, useLiveApplication } from './queries';
import { RefreshError } from '@/components/flink/refresh-error';

type Tab = 'overview' | 'events' | 'savepoints' | 'revisions' | 'manifest';

interface ApplicationDetailProps {
  orgSlug: string;
  ws: string;
  initial: ApplicationDto;
  /** Editors and admins; viewers get no actions (the services refuse them anyway). */
  handlers: ApplicationActionHandlers | null;
}

export function ApplicationDetail({ orgSlug, ws, initial, handlers }: ApplicationDetailProps) {
  const { data: app, error } = useLiveApplication(orgSlug, ws, initial);
  const [tab, setTab] = useState<Tab>('overview');
  const listHref = `/orgs/${orgSlug}/workspaces/${ws}/applications`;
  const gone = isGone(error);
  const part = <P extends Part>(p: P) => applicationPartQuery(orgSlug, ws, app.name, p);

  return (
    <div className="flex flex-col gap-6">
      <ResourceHeading
        backHref={listHref}
        backLabel="Applications"
        name={app.name}
        state={app.state}
        note={app.desiredState === 'suspended' && app.state !== 'suspended' ? 'suspend requested' : null}
        message={app.stateMessage}
        lastObservedAt={app.lastObservedAt}
        actions={handlers && !gone && <ApplicationActions orgSlug={orgSlug} ws={ws} app={app} handlers={handlers} onSavepoint={() => setTab('savepoints')} />}
      />
      {gone && <GoneNotice name={app.name} wasDeleting={false} backHref={listHref} backLabel="Back to the applications" />}
      {error && !gone && <RefreshError error={error} />}
      {app.error && <OperatorError error={app.error} />}
      <DetailTabs<Tab>
        label={`${app.name} details`}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'overview', label: 'Overview', render: () => <ApplicationOverview app={app} /> },
          {
            id: 'events',
            label: 'Events',
            render: () => (
              <EventsPanel query={part('events')} emptyText="The operator's steps and the pods' scheduling, image pulls and failures appear here as they happen." />
            ),
          },
          { id: 'savepoints', label: 'Savepoints', render: () => <SavepointsPanel query={part('savepoints')} copyPaths={false} /> },
          { id: 'revisions', label: 'Revisions', render: () => <RevisionsPanel query={part('revisions')} /> },
          { id: 'manifest', label: 'Manifest', render: () => <ManifestPanel query={part('manifest')} kind="FlinkDeployment" /> },
        ]}
      />
    </div>
  );
}
