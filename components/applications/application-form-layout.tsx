'use client';
// The application form's page layout, shared by create and edit: the sections on the left, the
// live FlinkDeployment preview on the right, errors no field shows above the buttons.
import type { FormEvent, ReactNode } from 'react';
import { FormAlert } from '@/components/ui/form-alert';
import { AdvancedSection } from './advanced-section';
import { JobSection } from './job-section';
import { ManifestPreview } from './manifest-preview';
import { ResourcesSection } from './resources-section';
import { StateSection } from './state-section';
import type { ApplicationForm } from './use-application-form';

interface ApplicationFormLayoutProps {
  form: ApplicationForm;
  flinkVersions: string[];
  editing: boolean;
  /** A form-level message (the server's refusal), shown above the buttons. */
  alert?: ReactNode;
  buttons: ReactNode;
  onSubmit: () => void;
}

export function ApplicationFormLayout({ form, flinkVersions, editing, alert, buttons, onSubmit }: ApplicationFormLayoutProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_27rem]">
      <form onSubmit={submit} noValidate aria-label={editing ? `Edit ${form.values.name}` : 'New application'} className="flex flex-col gap-6 rounded-lg border border-border bg-surface p-6 shadow-sm">
        <JobSection form={form} flinkVersions={flinkVersions} editing={editing} />
        <ResourcesSection form={form} />
        <StateSection form={form} editing={editing} />
        <AdvancedSection form={form} />
        <div className="flex flex-col gap-3 border-t border-border pt-6">
          {form.otherErrors.map((message) => (
            <FormAlert key={message} message={message} />
          ))}
          {alert}
          <div className="flex items-center justify-end gap-2">{buttons}</div>
        </div>
      </form>
      <ManifestPreview yaml={form.preview} current={form.previewIsCurrent} />
    </div>
  );
}
