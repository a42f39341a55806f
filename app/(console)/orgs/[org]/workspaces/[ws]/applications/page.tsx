import type { Metadata } from 'next';
import { AppIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export async function generateMetadata({ params }: { params: Promise<{ ws: string }> }): Promise<Metadata> {
  return { title: `Applications · ${(await params).ws}` };
}

export default function Page() {
  return (
    <PlaceholderPage
      level={2}
      title="Applications"
      description="Flink jobs in application mode: each application runs one job on its own Flink cluster."
      icon={<AppIcon className="size-5" />}
      emptyTitle="No applications yet"
      emptyText="Deploy a Flink application from a container image and a jar. Its status appears here live."
    />
  );
}
