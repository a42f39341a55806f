'use client';
// The top of an application's, session's or job's page: the way back, its name with its live state
// (announced as the cluster reports it), the state's reason, when the cluster last reported, and
// its actions.
import Link from 'next/link';
import type { ReactNode } from 'react';
import { TimeAgo } from '@/components/flink/time-ago';
import { StatusBadge, statusLabel } from '@/components/ui/status-badge';

interface ResourceHeadingProps {
  backHref: string;
  backLabel: string;
  name: string;
  state: string;
  /** Beside the state, e.g. "suspend requested". */
  note?: string | null;
  message: string | null;
  lastObservedAt: string | null;
  actions?: ReactNode;
}

export function ResourceHeading({ backHref, backLabel, name, state, note, message, lastObservedAt, actions }: ResourceHeadingProps) {
  return (
    <div className="flex flex-col gap-3">
      <Link href={backHref} className="text-sm text-fg-muted hover:text-fg">
        ← {backLabel}
      </Link>
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="flex min-w-0 flex-col gap-1">
          <div className="flex items-center gap-3">
            <h2 className="text-xl font-semibold tracking-tight">{name}</h2>
            <span role="status" aria-label={`State: ${statusLabel(state)}`}>
              <StatusBadge status={state} />
            </span>
            {note && <span className="text-xs text-fg-muted">{note}</span>}
          </div>
          {message && <p className="text-sm text-fg-muted">{message}</p>}
          <p className="text-xs text-fg-muted">
            Last observed <TimeAgo iso={lastObservedAt} fallback="not yet" />
          </p>
        </div>
        {actions}
      </div>
    </div>
  );
}
