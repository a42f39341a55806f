// The audit log: every change in the organization, newest first, filtered by the URL's search
// params (actor, action, target, from, to) and paged with a cursor.
import type { Metadata } from 'next';
import { AuditFilters } from '@/components/audit/audit-filters';
import { AuditTable } from '@/components/audit/audit-table';
import { Pager } from '@/components/audit/pager';
import { AuditIcon } from '@/components/icons';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { listAuditEvents } from '@/lib/audit/list';
import { getPageOrgCtx } from '@/lib/auth/session';
import { orgRoleAllows } from '@/lib/auth/permissions';
import { ValidationError } from '@/lib/errors';

export const metadata: Metadata = { title: 'Audit log' };

type Search = { actor?: string; action?: string; target?: string; from?: string; to?: string; cursor?: string };
const KEYS = ['actor', 'action', 'target', 'from', 'to', 'cursor'] as const;

export default async function Page({ params, searchParams }: { params: Promise<{ org: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { org } = await params;
  const raw = await searchParams;
  // Only the known filters, one value each: a stray parameter in a shared link is ignored.
  const search: Search = Object.fromEntries(KEYS.map((k) => [k, typeof raw[k] === 'string' && raw[k] ? raw[k] : undefined]));
  const ctx = await getPageOrgCtx(org);
  const basePath = `/orgs/${org}/audit`;
  const header = <PageHeader title="Audit log" description="Who did what to which resource, when, and with what result. Times are UTC." />;
  if (!orgRoleAllows(ctx.orgRole, 'audit.read')) {
    return (
      <>
        {header}
        <EmptyState icon={<AuditIcon className="size-5" />} title="Only owners and admins read the audit log" />
      </>
    );
  }

  let result;
  try {
    result = await listAuditEvents(ctx, search);
  } catch (err) {
    if (!(err instanceof ValidationError)) throw err;
    return (
      <>
        {header}
        <AuditFilters basePath={basePath} values={search} errors={err.fieldErrors} />
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">Some filters are invalid: fix them and filter again.</p>
      </>
    );
  }
  const filtered = KEYS.some((k) => k !== 'cursor' && search[k]);
  return (
    <>
      {header}
      <AuditFilters basePath={basePath} values={search} />
      {result.items.length === 0 ? (
        <EmptyState icon={<AuditIcon className="size-5" />} title={filtered ? 'No events match these filters' : 'No events yet'}>
          {filtered ? 'Widen the time range or clear a filter.' : 'Every change in this organization is recorded here.'}
        </EmptyState>
      ) : (
        <>
          <AuditTable events={result.items} />
          <Pager basePath={basePath} searchParams={search} nextCursor={result.nextCursor} />
        </>
      )}
    </>
  );
}
