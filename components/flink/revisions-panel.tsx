'use client';
// The Revisions tab of an application, session or session job: each spec Flotilla applied, newest
// first, who asked, when, and which fields changed from the one before; the first lists its whole
// spec, folded away.
import { useQuery } from '@tanstack/react-query';
import { formatTime } from '@/components/audit/format-time';
import { Loading, Nothing } from '@/components/flink/detail-list';
import { SpecChanges } from '@/components/flink/spec-changes';
import type { SpecRevisionDto } from '@/lib/validation/applications';
import type { PartQuery } from './queries';

export function RevisionsPanel({ query }: { query: PartQuery<SpecRevisionDto[]> }) {
  const { data, error } = useQuery(query);
  if (!data) return <Loading error={error} />;
  if (data.length === 0) return <Nothing title="No revisions">Every change Flotilla applies is recorded here.</Nothing>;
  return (
    <ol aria-label="Revisions" className="flex flex-col gap-4">
      {data.map((r) => (
        <li key={r.generation} className="rounded-lg border border-border bg-surface shadow-sm">
          <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-border px-5 py-3 text-sm">
            <span className="font-semibold">{r.generation === 1 ? 'Created' : `Change ${r.generation}`}</span>
            <span className="text-fg-muted">by {r.createdBy ?? 'someone no longer known'}</span>
            <time dateTime={r.createdAt} className="ml-auto text-xs text-fg-muted tabular-nums">
              {formatTime(r.createdAt)}
            </time>
          </div>
          <div className="px-5 py-3">
            {r.changes.length === 0 ? (
              <p className="text-sm text-fg-muted">No field changed (a restart, or the same spec applied again).</p>
            ) : r.generation === 1 ? (
              <details>
                <summary className="cursor-pointer text-sm text-fg-muted">The spec as created ({r.changes.length} fields)</summary>
                <div className="mt-3">
                  <SpecChanges changes={r.changes} initial />
                </div>
              </details>
            ) : (
              <SpecChanges changes={r.changes} />
            )}
          </div>
        </li>
      ))}
    </ol>
  );
}
