// A section that has no content yet: its header and an empty state that says what will be here
// and what to do first.
import type { ReactNode } from 'react';
import { EmptyState } from './ui/empty-state';
import { PageHeader } from './ui/page-header';

export function PlaceholderPage({ title, description, icon, emptyTitle, emptyText, action }: {
  title: string;
  description: string;
  icon: ReactNode;
  emptyTitle: string;
  emptyText: ReactNode;
  action?: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={description} actions={action} />
      <EmptyState icon={icon} title={emptyTitle}>
        {emptyText}
      </EmptyState>
    </>
  );
}
