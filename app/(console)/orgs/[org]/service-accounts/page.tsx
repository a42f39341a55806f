import type { Metadata } from 'next';
import { RobotIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export const metadata: Metadata = { title: 'Service accounts' };

export default function Page() {
  return (
    <PlaceholderPage
      title="Service accounts"
      description="Non-human identities that call the REST API with tokens, for CI pipelines and automation."
      icon={<RobotIcon className="size-5" />}
      emptyTitle="No service accounts"
      emptyText="Create a service account, grant it access to workspaces, and give your pipeline one of its tokens."
    />
  );
}
