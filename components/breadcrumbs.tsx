'use client';
// Breadcrumbs from the path: /orgs/acme/workspaces/analytics/applications becomes
// acme › Workspaces › analytics › Applications.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

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
  const segments = usePathname().split('/').filter(Boolean).slice(1); // drop "orgs"
  const crumbs = segments.map((segment, i) => ({
    href: `/orgs/${segments.slice(0, i + 1).join('/')}`,
    label: LABELS[segment] ?? decodeSegment(segment),
  }));
  return (
    <nav aria-label="Breadcrumb">
      <ol className="flex items-center gap-1.5 text-sm text-fg-muted">
        {crumbs.map((c, i) => (
          <li key={c.href} className="flex items-center gap-1.5">
            {i > 0 && <span aria-hidden>/</span>}
            {i === crumbs.length - 1 ? (
              <span aria-current="page" className="font-medium text-fg">
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
