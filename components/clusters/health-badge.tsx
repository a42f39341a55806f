// A cluster's health: the status badge, what the last check said, and when it last checked and
// last succeeded (UTC, identical on server and client).
import { formatTime } from '@/components/audit/format-time';
import { StatusBadge } from '@/components/ui/status-badge';
import type { ClusterDto } from '@/lib/validation/clusters';

export function HealthBadge({ health, detailed = false }: { health: ClusterDto['health']; detailed?: boolean }) {
  return (
    <div className="flex flex-col items-start gap-1">
      <span title={health.message ?? undefined} data-testid="cluster-health">
        <StatusBadge status={health.status} />
      </span>
      {health.message && (detailed || health.status !== 'reachable') && (
        <p className={detailed ? 'max-w-md text-xs text-fg-muted' : 'max-w-64 truncate text-xs text-fg-muted'} title={health.message}>
          {health.message}
        </p>
      )}
      <p className="text-xs text-fg-muted">
        Checked {formatTime(health.lastCheckedAt, 'never')} · last success {formatTime(health.lastSuccessAt, 'never')}
      </p>
    </div>
  );
}
