'use client';
// "12 s ago", kept current by one shared ticker. The server (and the hydrating client) render the
// absolute UTC time, so the markup matches; the relative form follows once mounted. The absolute
// time stays available as the element's title.
import { useSyncExternalStore } from 'react';
import { formatTime } from '@/components/audit/format-time';

let now = Date.now();
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function subscribe(listener: () => void) {
  listeners.add(listener);
  // A ticker that was stopped left `now` behind; React reads the snapshot again after subscribing.
  if (!timer) now = Date.now();
  timer ??= setInterval(() => {
    now = Date.now();
    listeners.forEach((l) => l());
  }, 1_000);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

export function relativeTime(iso: string, at: number): string {
  const seconds = Math.max(0, Math.round((at - Date.parse(iso)) / 1000));
  if (seconds < 60) return `${seconds} s ago`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)} min ago`;
  if (seconds < 86_400) return `${Math.floor(seconds / 3600)} h ago`;
  return `${Math.floor(seconds / 86_400)} d ago`;
}

export function TimeAgo({ iso, fallback = 'never' }: { iso: string | null | undefined; fallback?: string }) {
  const current = useSyncExternalStore(
    subscribe,
    () => now,
    () => null,
  );
  if (!iso) return <span className="text-fg-muted">{fallback}</span>;
  return (
    <time dateTime={iso} title={formatTime(iso)} className="tabular-nums">
      {current === null ? formatTime(iso) : relativeTime(iso, current)}
    </time>
  );
}
