import type { Metadata } from 'next';
import { AuditIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export const metadata: Metadata = { title: 'Audit log' };

export default function Page() {
  return (
    <PlaceholderPage
      title="Audit log"
      description="Who did what to which resource, when, and with what result."
      icon={<AuditIcon className="size-5" />}
      emptyTitle="No events yet"
      emptyText="Every change in this organization is recorded here: sign-ins, members, clusters, workspaces and deployments."
    />
  );
}
