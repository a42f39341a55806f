import type { Metadata } from 'next';
import { AppIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export const metadata: Metadata = { title: 'Applications' };

export default function Page() {
  return (
    <PlaceholderPage
      title="Applications"
      description="Flink jobs in application mode: each application runs one job on its own Flink cluster."
      icon={<AppIcon className="size-5" />}
      emptyTitle="No applications yet"
      emptyText="Deploy a Flink application from a container image and a jar. Its status appears here live."
    />
  );
}
