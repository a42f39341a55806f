'use client';
// An application's page, live: its state with the reason and the operator's error, the actions an
// editor may take, and tabs for the overview, Events, savepoints, revisions and the manifest.
// When it disappears (deleted), the page says so instead of showing stale facts.
import Link from 'next/link';
import { useState } from 'react';
import { AlertIcon } from '@/components/icons';
import { StatusBadge, statusLabel } from '@/components/ui/status-badge';
import type { ApplicationDto } from '@/lib/validation/applications';
import { ApplicationActions, type ApplicationActionHandlers } from './application-actions';
import { ApplicationEvents } from './application-events';
import { ApplicationOverview } from './application-overview';
import { DetailTabs } from './detail-tabs';
import { ManifestView } from './manifest-view';
import { ApiStatusError, useLiveApplication } from './queries';
import { RevisionsList } from './revisions-list';
import { SavepointsTable } from './savepoints-table';
import { TimeAgo } from './time-ago';

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
  const gone = error instanceof ApiStatusError && error.status === 404;
  const part = { orgSlug, ws, app: app.name };

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-3">
        <Link href={listHref} className="text-sm text-fg-muted hover:text-fg">
          ← Applications
        </Link>
        <div className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex min-w-0 flex-col gap-1">
            <div className="flex items-center gap-3">
              <h2 className="text-xl font-semibold tracking-tight">{app.name}</h2>
              {/* A live region: the new state is announced as the cluster reports it. */}
              <span role="status" aria-label={`State: ${statusLabel(app.state)}`}>
                <StatusBadge status={app.state} />
              </span>
              {app.desiredState === 'suspended' && app.state !== 'suspended' && <span className="text-xs text-fg-muted">suspend requested</span>}
            </div>
            {app.stateMessage && <p className="text-sm text-fg-muted">{app.stateMessage}</p>}
            <p className="text-xs text-fg-muted">
              Last observed <TimeAgo iso={app.lastObservedAt} fallback="not yet" />
            </p>
          </div>
          {handlers && !gone && <ApplicationActions orgSlug={orgSlug} ws={ws} app={app} handlers={handlers} onSavepoint={() => setTab('savepoints')} />}
        </div>
      </div>
      {gone && (
        <p role="alert" className="rounded-md border border-border bg-surface-muted px-4 py-3 text-sm">
          {app.name} no longer exists, or you no longer have access to it.{' '}
          <Link href={listHref} className="font-medium text-accent-700 hover:underline dark:text-accent-500">
            Back to the applications
          </Link>
        </p>
      )}
      {error && !gone && (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">
          {error.message} Showing what was last read.
        </p>
      )}
      {app.error && (
        <div role="status" className="flex gap-3 rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900 dark:border-red-900 dark:bg-red-950/60 dark:text-red-100">
          <AlertIcon className="mt-0.5 size-4 shrink-0" />
          <div className="flex min-w-0 flex-col gap-1">
            <p className="font-medium">The Flink operator reports an error</p>
            <p className="break-words whitespace-pre-wrap">{app.error}</p>
          </div>
        </div>
      )}
      <DetailTabs<Tab>
        label={`${app.name} details`}
        selected={tab}
        onSelect={setTab}
        tabs={[
          { id: 'overview', label: 'Overview', render: () => <ApplicationOverview app={app} /> },
          { id: 'events', label: 'Events', render: () => <ApplicationEvents {...part} /> },
          { id: 'savepoints', label: 'Savepoints', render: () => <SavepointsTable {...part} /> },
          { id: 'revisions', label: 'Revisions', render: () => <RevisionsList {...part} /> },
          { id: 'manifest', label: 'Manifest', render: () => <ManifestView {...part} /> },
        ]}
      />
    </div>
  );
}
