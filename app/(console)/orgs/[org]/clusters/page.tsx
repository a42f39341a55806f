import type { Metadata } from 'next';
import { ClustersIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export const metadata: Metadata = { title: 'Clusters' };

export default function Page() {
  return (
    <PlaceholderPage
      title="Clusters"
      description="The Kubernetes clusters your workspaces run on: their address, health and Flink operator."
      icon={<ClustersIcon className="size-5" />}
      emptyTitle="No clusters registered"
      emptyText="Register a Kubernetes cluster that runs the Apache Flink Kubernetes Operator. Flotilla checks its connection, permissions and CRDs."
    />
  );
}
