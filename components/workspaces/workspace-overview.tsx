'use client';
// A workspace's overview, kept live: its state with the reason and what to do, where it lives,
// and what the cluster says right now (quota use, recent Events). When the cluster cannot be
// read, the reason is shown, with the last reading and its time when there is one.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { formatTime } from '@/components/audit/format-time';
import { AlertIcon } from '@/components/icons';
import { Badge } from '@/components/ui/badge';
import { Card } from '@/components/ui/card';
import { StatusBadge } from '@/components/ui/status-badge';
import type { WorkspaceOverview } from '@/lib/validation/workspaces';
import { EventsTimeline } from './events-timeline';
import { POD_SECURITY_HELP } from './pod-security-level';
import { QuotaBars } from './quota-bars';
import { useWorkspaceOverview } from './use-workspace-overview';
import { workspaceStateHelp } from './workspace-state-help';

const linkClass = 'font-medium text-accent-700 hover:underline dark:text-accent-500';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="grid grid-cols-[7.5rem_1fr] gap-3 py-2 text-sm">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** A quiet "nothing here" inside a card: what is missing and what to do. */
function Nothing({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="flex flex-col gap-1 rounded-md border border-dashed border-border px-4 py-6 text-center">
      <h3 className="text-sm font-medium">{title}</h3>
      {children && <div className="text-sm text-balance text-fg-muted">{children}</div>}
    </div>
  );
}

function ReadAt({ at, stale }: { at: string; stale: boolean }) {
  return (
    <span className="flex items-center gap-1.5 text-xs text-fg-muted">
      <span aria-hidden className={stale ? 'size-1.5 rounded-full bg-amber-500' : 'size-1.5 animate-pulse rounded-full bg-emerald-500'} />
      {stale ? 'Last read' : 'Live'} · {formatTime(at)}
    </span>
  );
}

export function WorkspaceOverviewPanel({ orgSlug, initial, clusterHref }: { orgSlug: string; initial: WorkspaceOverview; clusterHref: string | null }) {
  const { data, error } = useWorkspaceOverview(orgSlug, initial);
  const { workspace: ws, live, lastGood } = data;
  const reading = live.ok ? live : lastGood;
  const help = workspaceStateHelp(ws.state, ws.stateMessage);
  const settingsHref = `/orgs/${orgSlug}/workspaces/${ws.name}/settings`;
  const canManage = ws.role === 'admin';
  const hasQuota = Boolean(ws.quota.cpu || ws.quota.memory || ws.quota.maxDeployments != null);
  const cluster = clusterHref ? <Link href={clusterHref} className={linkClass}>{ws.cluster.name}</Link> : ws.cluster.name;
  const stamp = reading ? <ReadAt at={reading.observedAt} stale={!live.ok} /> : undefined;

  return (
    <div className="flex flex-col gap-6">
      {error && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{error.message}</p>}
      {!live.ok && (
        <div role="status" className="flex gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
          <AlertIcon className="mt-0.5 size-4 shrink-0" />
          <div className="flex flex-col gap-1">
            <p className="font-medium">Cluster {ws.cluster.name} cannot be read right now</p>
            <p>{live.message}</p>
            <p className="text-amber-800 dark:text-amber-200">
              {lastGood ? `Quota use and events below are as last read, at ${formatTime(lastGood.observedAt)}.` : 'Quota use and events show here once the cluster answers.'}{' '}
              {clusterHref && <Link href={clusterHref} className="underline">Check the cluster</Link>}
            </p>
          </div>
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Status" className="lg:col-span-2">
          <div className="flex flex-col gap-3 text-sm">
            <div className="flex flex-wrap items-center gap-3">
              <StatusBadge status={ws.state} />
              <span>{help.meaning}</span>
            </div>
            {ws.stateMessage && (
              <p className="rounded-md bg-surface-muted px-3 py-2">
                <span className="font-medium">Reason: </span>
                {ws.stateMessage}
              </p>
            )}
            {help.todo && (
              <p>
                <span className="font-medium">What to do: </span>
                {help.todo}
              </p>
            )}
            <p className="text-xs text-fg-muted">
              Last confirmed by the cluster: {formatTime(ws.lastObservedAt, 'not yet')} · change {ws.observedGeneration} of {ws.generation} applied
            </p>
          </div>
        </Card>
        <Card title="Details" className="lg:row-span-2">
          <dl className="-my-2 divide-y divide-border">
            <Row label="Cluster">{cluster}</Row>
            <Row label="Namespace">
              <span className="font-mono text-xs">{ws.namespace}</span> {ws.adoptNamespace && <Badge>adopted</Badge>}
            </Row>
            <Row label="Description">{ws.description || <span className="text-fg-muted">None{canManage && <> · <Link href={settingsHref} className={linkClass}>add one</Link></>}</span>}</Row>
            <Row label="Pod Security">
              <span title={POD_SECURITY_HELP[ws.podSecurityLevel]}>{ws.podSecurityLevel}</span>
            </Row>
            <Row label="Your role">{ws.role}</Row>
            <Row label="Created">{formatTime(ws.createdAt)}</Row>
          </dl>
        </Card>
        <Card title="Quota" actions={hasQuota ? stamp : undefined} className="lg:col-span-2">
          {!hasQuota ? (
            <Nothing title="No quota set">
              Applications and sessions here may use whatever the cluster allows.{' '}
              {canManage && <Link href={settingsHref} className={linkClass}>Set a quota</Link>}
            </Nothing>
          ) : !reading ? (
            <Nothing title="Quota use unavailable">It shows once the cluster answers.</Nothing>
          ) : reading.quota === null || reading.quota.length === 0 ? (
            <Nothing title="Not counted yet">
              {reading.quota === null ? 'The quota is not in the namespace yet: Flotilla applies it with the workspace.' : 'Kubernetes has not counted the use yet.'}
            </Nothing>
          ) : (
            <div className="flex flex-col gap-3">
              <QuotaBars items={reading.quota} />
              {ws.state === 'pending' && <p className="text-xs text-fg-muted">A change is being applied: the limits follow once the cluster confirms it.</p>}
            </div>
          )}
        </Card>
      </div>
      <Card title="Recent events" actions={stamp}>
        {!reading ? (
          <Nothing title="Events unavailable">They show once the cluster answers.</Nothing>
        ) : reading.events.length === 0 ? (
          <Nothing title="No recent events">
            Kubernetes keeps Events for about an hour. Pods starting, quota refusals and the Flink operator’s steps in namespace{' '}
            <span className="font-mono text-xs">{ws.namespace}</span> appear here as they happen.
          </Nothing>
        ) : (
          <EventsTimeline events={reading.events} />
        )}
      </Card>
    </div>
  );
}
