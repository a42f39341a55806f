// A section that has no content yet: its header and an empty state that says what will be here
// and what to do first.
import type { ReactNode } from 'react';
import { EmptyState } from './ui/empty-state';
import { PageHeader, type PageHeaderProps } from './ui/page-header';

export function PlaceholderPage({ title, description, icon, emptyTitle, emptyText, action, level }: {
  title: string;
  description: string;
  icon: ReactNode;
  emptyTitle: string;
  emptyText: ReactNode;
  action?: ReactNode;
  level?: PageHeaderProps['level'];
}) {
  return (
    <>
      <PageHeader title={title} description={description} actions={action} level={level} />
      <EmptyState icon={icon} title={emptyTitle} level={level === 2 ? 3 : 2}>
        {emptyText}
      </EmptyState>
    </>
  );
}
