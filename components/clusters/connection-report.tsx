// A connection test's report: each step with its outcome, the identity the cluster saw, and the
// permissions Flotilla lacks with the RBAC that grants them.
import { formatTime } from '@/components/audit/format-time';
import { cn } from '@/components/ui/cn';
import type { ConnectionReport as Report } from '@/lib/validation/clusters';
import { CopyBlock } from './copy-block';

function Mark({ ok }: { ok: boolean | null }) {
  const [symbol, label, tone] = ok === null ? ['–', 'not checked', 'text-fg-muted'] : ok ? ['✓', 'passed', 'text-emerald-600 dark:text-emerald-400'] : ['✗', 'failed', 'text-red-600 dark:text-red-400'];
  return (
    <span aria-label={label} className={cn('w-4 shrink-0 text-center font-semibold', tone)}>
      {symbol}
    </span>
  );
}

export function ConnectionReport({ report }: { report: Report }) {
  const missing = report.permissions?.missing ?? [];
  return (
    <div className="flex flex-col gap-4 text-sm" data-testid="connection-report">
      <p className={cn('font-medium', report.problem && report.problem !== 'permissions_missing' ? 'text-red-700 dark:text-red-400' : '')}>{report.summary}</p>
      <ul className="flex flex-col gap-2">
        {report.steps.map((s) => (
          <li key={s.name} className="flex gap-2">
            <Mark ok={s.ok} />
            <span>
              <span className="font-medium">{s.name}:</span> <span className="text-fg-muted">{s.detail}</span>
            </span>
          </li>
        ))}
      </ul>
      {missing.length > 0 && (
        <div className="flex flex-col gap-2">
          <h3 className="font-medium">Missing permissions ({missing.length})</h3>
          <ul className="grid grid-cols-1 gap-x-6 gap-y-0.5 font-mono text-xs sm:grid-cols-2">
            {missing.map((p) => (
              <li key={`${p.group}/${p.resource}/${p.subresource ?? ''}/${p.name ?? ''}/${p.verb}`}>
                {p.verb} {p.resource}
                {p.subresource ? `/${p.subresource}` : ''}
                {p.group ? `.${p.group}` : ''}
                {p.name ? ` ${p.name}` : ''}
              </li>
            ))}
          </ul>
          {report.permissions?.rbac && (
            <>
              <p className="text-fg-muted">Grant them with:</p>
              <CopyBlock label="RBAC for the missing permissions" text={report.permissions.rbac} />
            </>
          )}
        </div>
      )}
      <p className="text-xs text-fg-muted">
        Tested {formatTime(report.checkedAt)} in {report.durationMs} ms.
      </p>
    </div>
  );
}
