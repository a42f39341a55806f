'use client';
// The Revisions tab: each spec Flotilla applied, newest first: who asked, when, and which fields of
// the FlinkDeployment changed from the one before. The first revision lists its whole spec,
// folded away.
import { formatTime } from '@/components/audit/format-time';
import { Loading, Nothing } from './detail-list';
import { useApplicationPart } from './queries';
import { SpecChanges } from './spec-changes';

export function RevisionsList({ orgSlug, ws, app }: { orgSlug: string; ws: string; app: string }) {
  const { data, error } = useApplicationPart(orgSlug, ws, app, 'revisions');
  if (!data) return <Loading error={error} />;
  if (data.length === 0) return <Nothing title="No revisions">Every change Flotilla applies is recorded here.</Nothing>;
  return (
    <ol aria-label="Revisions" className="flex flex-col gap-4">
      {data.map((r) => {
        const first = r.generation === 1;
        return (
          <li key={r.generation} className="rounded-lg border border-border bg-surface shadow-sm">
            <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1 border-b border-border px-5 py-3 text-sm">
              <span className="font-semibold">{first ? 'Created' : `Change ${r.generation}`}</span>
              <span className="text-fg-muted">by {r.createdBy ?? 'someone no longer known'}</span>
              <time dateTime={r.createdAt} className="ml-auto text-xs text-fg-muted tabular-nums">
                {formatTime(r.createdAt)}
              </time>
            </div>
            <div className="px-5 py-3">
              {r.changes.length === 0 ? (
                <p className="text-sm text-fg-muted">No field changed (a restart, or the same spec applied again).</p>
              ) : first ? (
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
        );
      })}
    </ol>
  );
}
