'use client';
// The Events tab of an application, session or session job: Kubernetes Events read live from the
// cluster. When the cluster cannot be read, the reason is shown instead of an empty timeline.
import { useQuery } from '@tanstack/react-query';
import { Loading, Nothing } from '@/components/flink/detail-list';
import { AlertIcon } from '@/components/icons';
import { EventsTimeline } from '@/components/workspaces/events-timeline';
import type { EventListDto } from '@/lib/validation/applications';
import type { PartQuery } from './queries';

export function EventsPanel({ query, emptyText }: { query: PartQuery<EventListDto>; emptyText: string }) {
  const { data, error } = useQuery(query);
  if (!data) return <Loading error={error} />;
  return (
    <div className="flex flex-col gap-4">
      {!data.ok && (
        <div role="status" className="flex gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
          <AlertIcon className="mt-0.5 size-4 shrink-0" />
          <p>Events cannot be read right now. {data.message}</p>
        </div>
      )}
      {data.items.length > 0 ? (
        <div className="rounded-lg border border-border bg-surface p-5 shadow-sm">
          <EventsTimeline events={data.items} />
        </div>
      ) : (
        data.ok && <Nothing title="No events">Kubernetes keeps Events for about an hour. {emptyText}</Nothing>
      )}
    </div>
  );
}
