import type { Metadata } from 'next';
import { MembersIcon } from '@/components/icons';
import { PlaceholderPage } from '@/components/placeholder-page';

export const metadata: Metadata = { title: 'Members' };

export default function Page() {
  return (
    <PlaceholderPage
      title="Members"
      description="People in this organization and their roles."
      icon={<MembersIcon className="size-5" />}
      emptyTitle="Only you so far"
      emptyText="Invite people by email and give them a role: member, admin or owner."
    />
  );
}
