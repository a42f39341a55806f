import type { Metadata } from 'next';
import { SessionIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Sessions · ${(await params).ws}` };
}

export default function Page() {
  return (
    <PlaceholderPage
      level={2}
      title="Sessions"
      description="Shared Flink clusters in session mode, running many independent jobs."
      icon={<SessionIcon className="size-5" />}
      emptyTitle="No sessions yet"
      emptyText="Start a session cluster, then submit jobs to it. Jobs come and go without restarting the session."
    />
  );
}
