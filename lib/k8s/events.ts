// Kubernetes Events as the console shows them: core/v1 Events (what kubectl and the operator
// write) reduced to type, reason, message, the object they concern, how often and when last.
// Pure: callers list them (GET …/events) and pass the list here.
import type { KubeEvent } from '@/lib/validation/workspaces';

export interface CoreEvent {
  type?: string;
  reason?: string;
  message?: string;
  involvedObject?: { kind?: string; name?: string };
  count?: number;
  firstTimestamp?: string | null;
  lastTimestamp?: string | null;
  eventTime?: string | null;
  series?: { count?: number; lastObservedTime?: string | null } | null;
  metadata?: { creationTimestamp?: string | null };
}

/** A message longer than this is cut: an Event that carries a whole stack trace would bury the rest. */
export const EVENT_MESSAGE_MAX = 1_000;

export function toKubeEvent(e: CoreEvent): KubeEvent {
  // Newer writers (events.k8s.io) fill eventTime and series instead of lastTimestamp and count.
  const lastTime = e.series?.lastObservedTime ?? e.lastTimestamp ?? e.eventTime ?? e.firstTimestamp ?? e.metadata?.creationTimestamp ?? null;
  const time = lastTime ? Date.parse(lastTime) : Number.NaN;
  const message = (e.message ?? '').trim();
  return {
    type: e.type || 'Normal',
    reason: e.reason ?? '',
    message: message.length > EVENT_MESSAGE_MAX ? `${message.slice(0, EVENT_MESSAGE_MAX)}…` : message,
    object: { kind: e.involvedObject?.kind ?? '', name: e.involvedObject?.name ?? '' },
    count: Math.max(1, e.series?.count ?? e.count ?? 1),
    lastTime: Number.isNaN(time) ? null : new Date(time).toISOString(),
  };
}

/** The newest `limit` events, newest first; events without a time come last. */
export function newestEvents(items: CoreEvent[], limit: number): KubeEvent[] {
  const time = (e: KubeEvent) => (e.lastTime ? Date.parse(e.lastTime) : -Infinity);
  return items
    .map(toKubeEvent)
    .sort((a, b) => time(b) - time(a))
    .slice(0, limit);
}
