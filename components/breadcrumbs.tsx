'use client';
// Breadcrumbs from the path: /orgs/acme/workspaces/analytics/applications becomes
// acme › Workspaces › analytics › Applications. Ids a page names (CrumbLabel) show as names. On
// narrow screens only the last two crumbs show, so the bar never pushes the page sideways.
import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { useCrumbLabels } from './crumb-labels';
import { cn } from './ui/cn';

const LABELS: Record<string, string> = {
  workspaces: 'Workspaces',
  clusters: 'Clusters',
  members: 'Members',
  'service-accounts': 'Service accounts',
  audit: 'Audit log',
  settings: 'Settings',
  applications: 'Applications',
  sessions: 'Sessions',
  savepoints: 'Savepoints',
  access: 'Access',
  jobs: 'Jobs',
  new: 'New',
  edit: 'Edit',
  api: 'API reference',
};

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment; // a malformed escape in a typed address must not break the page
  }
}

export function Breadcrumbs() {
  const named = useCrumbLabels();
  const segments = usePathname().split('/').filter(Boolean).slice(1); // drop "orgs"
  const crumbs = segments.map((segment, i) => ({
    href: `/orgs/${segments.slice(0, i + 1).join('/')}`,
    label: LABELS[segment] ?? named[segment] ?? decodeSegment(segment),
  }));
  return (
    <nav aria-label="Breadcrumb" className="min-w-0">
      <ol className="flex min-w-0 items-center gap-1.5 text-sm text-fg-muted">
        {crumbs.map((c, i) => (
          <li key={c.href} className={cn('min-w-0 items-center gap-1.5', i < crumbs.length - 2 ? 'hidden md:flex' : 'flex', i === crumbs.length - 2 && 'shrink-0')}>
            {i > 0 && <span aria-hidden className={cn(i === crumbs.length - 2 && 'hidden md:inline')}>/</span>}
            {i === crumbs.length - 1 ? (
              <span aria-current="page" className="truncate font-medium text-fg">
                {c.label}
              </span>
            ) : (
              <Link href={c.href} className="hover:text-fg">
                {c.label}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
