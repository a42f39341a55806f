import type { Metadata } from 'next';
import { OverviewIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Overview · ${(await params).ws}` };
}

export default function Page() {
  return (
    <PlaceholderPage
      level={2}
      title="Overview"
      description="The workspace's status, its namespace, quota use and recent events."
      icon={<OverviewIcon className="size-5" />}
      emptyTitle="Nothing running yet"
      emptyText="Deploy an application or start a session; their status and the namespace's events will show here."
    />
  );
}
