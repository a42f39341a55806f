// The audit log's filters: a plain GET form, so the filters live in the URL (shareable,
// back-button friendly) and work without JavaScript.
import Link from 'next/link';
import { Button, buttonClasses } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import type { FieldErrors } from '@/lib/errors';
import { AUDIT_FILTER_MAX } from '@/lib/validation/limits';

export interface AuditFilterValues {
  actor?: string;
  action?: string;
  target?: string;
  from?: string;
  to?: string;
}

export function AuditFilters({ basePath, values, errors }: { basePath: string; values: AuditFilterValues; errors?: FieldErrors }) {
  return (
    <form method="get" action={basePath} role="search" aria-label="Filter audit events" className="mb-4 grid grid-cols-2 items-end gap-3 rounded-lg border border-border bg-surface p-4 shadow-sm lg:grid-cols-6">
      <Input maxLength={AUDIT_FILTER_MAX} id="audit-actor" name="actor" label="Actor" placeholder="alice@example.com" defaultValue={values.actor} error={errors?.actor} />
      <Input maxLength={AUDIT_FILTER_MAX} id="audit-action" name="action" label="Action" placeholder="service_account" defaultValue={values.action} error={errors?.action} />
      <Input maxLength={AUDIT_FILTER_MAX} id="audit-target" name="target" label="Target" placeholder="name or id" defaultValue={values.target} error={errors?.target} />
      <Input id="audit-from" name="from" type="datetime-local" label="From (UTC)" defaultValue={values.from} error={errors?.from} />
      <Input id="audit-to" name="to" type="datetime-local" label="To (UTC)" defaultValue={values.to} error={errors?.to} />
      <div className="flex gap-2">
        <Button type="submit">Filter</Button>
        <Link href={basePath} className={buttonClasses('ghost')}>
          Clear
        </Link>
      </div>
    </form>
  );
}
