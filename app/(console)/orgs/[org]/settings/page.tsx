import type { Metadata } from 'next';
import { SettingsIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export const metadata: Metadata = { title: 'Settings' };

export default function Page() {
  return (
    <PlaceholderPage
      title="Settings"
      description="The name and identifier of this organization."
      icon={<SettingsIcon className="size-5" />}
      emptyTitle="Nothing to configure yet"
      emptyText="Organization settings will appear here."
    />
  );
}
