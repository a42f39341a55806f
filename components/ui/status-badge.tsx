// A status word as a colored badge with a dot; the text itself is the accessible label, so
// color is never the only signal.
import { Badge, type BadgeTone } from './badge';
import { cn } from './cn';

const TONE_BY_STATUS: Record<string, BadgeTone> = {
  ready: 'success',
  running: 'success',
  reachable: 'success',
  completed: 'success',
  stable: 'success',
  pending: 'info',
  deploying: 'info',
  in_progress: 'info',
  upgrading: 'info',
  suspended: 'neutral',
  finished: 'neutral',
  cancelled: 'neutral',
  abandoned: 'neutral',
  unknown: 'neutral',
  deleting: 'warning',
  restarting: 'warning',
  rolling_back: 'warning',
  rolled_back: 'warning',
  crds_missing: 'warning',
  failed: 'danger',
  error: 'danger',
  unreachable: 'danger',
  auth_failed: 'danger',
};

const DOT: Record<BadgeTone, string> = {
  neutral: 'bg-fg-muted',
  info: 'bg-sky-500',
  success: 'bg-emerald-500',
  warning: 'bg-amber-500',
  danger: 'bg-red-500',
};

const ANIMATED = new Set(['pending', 'deploying', 'in_progress', 'upgrading', 'restarting', 'rolling_back', 'deleting']);

export function statusLabel(status: string): string {
  const words = status.replace(/_/g, ' ');
  if (status === 'auth_failed') return 'Authentication failed';
  if (status === 'crds_missing') return 'CRDs missing';
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function StatusBadge({ status }: { status: string }) {
  const tone = TONE_BY_STATUS[status] ?? 'neutral';
  return (
    <Badge tone={tone}>
      <span aria-hidden className={cn('size-1.5 rounded-full', DOT[tone], ANIMATED.has(status) && 'animate-pulse')} />
      {statusLabel(status)}
    </Badge>
  );
}
