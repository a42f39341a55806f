'use client';
// Beside a spec form: the exact Kubernetes object that would be applied, rebuilt on every change.
// When the spec does not parse mid-typing, the last one that did stays, marked as such.
import { YamlBlock } from '@/components/flink/yaml-block';

interface SpecPreviewProps {
  /** The object's kind: FlinkDeployment, FlinkSessionJob. */
  kind: string;
  yaml: string | null;
  current: boolean;
  /** What to fill in before anything can be shown. */
  emptyText: string;
}

export function SpecPreview({ kind, yaml, current, emptyText }: SpecPreviewProps) {
  return (
    <aside aria-labelledby="spec-preview-title" className="flex flex-col gap-3 rounded-lg border border-border bg-surface p-4 shadow-sm lg:sticky lg:top-20 lg:max-h-[calc(100vh-6rem)]">
      <div>
        <h2 id="spec-preview-title" className="text-sm font-semibold">
          {kind} preview
        </h2>
        <p className="text-xs text-fg-muted">What Flotilla will apply to the cluster, as you type.</p>
      </div>
      {yaml === null ? (
        <p className="rounded-md border border-dashed border-border px-4 py-8 text-center text-sm text-fg-muted">{emptyText}</p>
      ) : (
        <YamlBlock
          text={yaml}
          label={`${kind} preview`}
          // Wrapped, so the narrow panel shows whole values; Copy gives the exact text.
          className="min-h-0 flex-1 whitespace-pre-wrap [overflow-wrap:anywhere]"
          note={
            current ? (
              <span className="text-xs text-fg-muted">Updated as you type</span>
            ) : (
              <span role="status" className="text-xs text-amber-700 dark:text-amber-300">
                Showing the last valid spec: fix the marked fields.
              </span>
            )
          }
        />
      )}
    </aside>
  );
}
