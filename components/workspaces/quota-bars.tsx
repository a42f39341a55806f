// Quota use as bars: what the namespace uses of each limit, read from its ResourceQuota. A bar
// turns amber from 80 % and red when full; the figures are always written out beside it.
import { cn } from '@/components/ui/cn';
import type { QuotaUse } from '@/lib/validation/workspaces';

const LABELS: Record<QuotaUse['resource'], { label: string; unit?: string }> = {
  cpu: { label: 'CPU', unit: 'cores' },
  memory: { label: 'Memory' },
  flinkdeployments: { label: 'Flink deployments' },
};

function tone(ratio: number): string {
  if (ratio >= 1) return 'bg-red-500';
  if (ratio >= 0.8) return 'bg-amber-500';
  return 'bg-accent-600';
}

export function QuotaBars({ items }: { items: QuotaUse[] }) {
  return (
    <ul className="flex flex-col gap-4">
      {items.map((q) => {
        const { label, unit } = LABELS[q.resource];
        const figures = q.used === null ? `not counted yet / ${q.hard}` : `${q.used} / ${q.hard}`;
        const percent = q.ratio === null ? 0 : Math.min(100, Math.round(q.ratio * 100));
        return (
          <li key={q.resource} className="flex flex-col gap-1.5">
            <div className="flex items-baseline justify-between gap-3 text-sm">
              <span className="font-medium">{label}</span>
              <span className="text-fg-muted tabular-nums">
                {figures}
                {unit && ` ${unit}`}
              </span>
            </div>
            <div
              role="meter"
              aria-label={label}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percent}
              aria-valuetext={q.used === null ? `${q.hard} allowed; use not counted yet` : `${q.used} of ${q.hard} used`}
              title={q.key}
              className="h-2 overflow-hidden rounded-full bg-surface-muted ring-1 ring-border ring-inset"
            >
              <div className={cn('h-full rounded-full transition-[width]', q.ratio === null ? 'bg-transparent' : tone(q.ratio))} style={{ width: `${percent}%` }} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
