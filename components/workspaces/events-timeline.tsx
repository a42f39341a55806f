// The namespace's recent Kubernetes Events as a timeline, newest first: what happened, to which
// object, how often, and when last. Warnings stand out by color and by their word.
import { formatTime } from '@/components/audit/format-time';
import { Badge } from '@/components/ui/badge';
import { cn } from '@/components/ui/cn';
import type { KubeEvent } from '@/lib/validation/workspaces';
import { visibleText } from '@/lib/validation/text';

export function EventsTimeline({ events }: { events: KubeEvent[] }) {
  return (
    <ol aria-label="Recent events" className="relative flex flex-col">
      {events.map((e, i) => {
        const warning = e.type === 'Warning';
        return (
          <li key={`${e.lastTime}-${e.reason}-${e.object.name}-${i}`} className="relative flex gap-3 pb-4 last:pb-0">
            {/* The line joining the dots stops at the last event. */}
            {i < events.length - 1 && <span aria-hidden className="absolute top-3 bottom-0 left-[5px] w-px bg-border" />}
            <span aria-hidden className={cn('relative mt-1.5 size-[11px] shrink-0 rounded-full ring-2 ring-surface', warning ? 'bg-amber-500' : 'bg-fg-muted/50')} />
            <div className="flex min-w-0 flex-1 flex-col gap-0.5">
              <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
                {warning && <Badge tone="warning">Warning</Badge>}
                <span className="font-medium">{e.reason || 'Event'}</span>
                {e.object.name && (
                  <span className="font-mono text-xs text-fg-muted">
                    {e.object.kind}/{e.object.name}
                  </span>
                )}
                {e.count > 1 && <span className="text-xs text-fg-muted">×{e.count}</span>}
                <time dateTime={e.lastTime ?? undefined} className="ml-auto text-xs whitespace-nowrap text-fg-muted tabular-nums">
                  {formatTime(e.lastTime, 'time unknown')}
                </time>
              </div>
              {e.message && <p className="text-sm break-words text-fg-muted">{visibleText(e.message)}</p>}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
