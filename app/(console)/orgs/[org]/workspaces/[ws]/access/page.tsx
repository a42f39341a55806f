import type { Metadata } from 'next';
import { LockIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Access · ${(await params).ws}` };
}

export default function Page() {
  return (
    <PlaceholderPage
      level={2}
      title="Access"
      description="Who may see and change this workspace, and why."
      icon={<LockIcon className="size-5" />}
      emptyTitle="Only organization admins so far"
      emptyText="Grant people and service accounts the viewer, editor or admin role on this workspace."
    />
  );
}
