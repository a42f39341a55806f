// The page around a spec form (new or edit of an application, session or session job): its
// heading, then the form for editors, or for viewers why they cannot and where to go instead.
import type { ComponentProps, ReactNode } from 'react';
import { PageHeader } from '@/components/ui/page-header';
import { NoEditAccess } from './no-edit-access';

interface SpecFormPageProps {
  title: string;
  description: string;
  /** The form, or null for a viewer (getSpecFormContext gave no context). */
  form: ReactNode | null;
  noAccess: ComponentProps<typeof NoEditAccess>;
}

export function SpecFormPage({ title, description, form, noAccess }: SpecFormPageProps) {
  return (
    <>
      <PageHeader level={2} title={title} description={description} />
      {form ?? <NoEditAccess {...noAccess} />}
    </>
  );
}
