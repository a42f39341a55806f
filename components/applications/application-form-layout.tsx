'use client';
// The application form, shared by create and edit: its sections and the FlinkDeployment preview
// in the spec forms' layout.
import type { ReactNode } from 'react';
import { JobStateSection } from '@/components/flink/job-state-section';
import { SpecFormLayout } from '@/components/flink/spec-form-layout';
import { SpecPreview } from '@/components/flink/spec-preview';
import { AdvancedSection } from './advanced-section';
import { JobSection } from './job-section';
import { ResourcesSection } from './resources-section';
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
  return (
    <SpecFormLayout
      label={editing ? `Edit ${form.values.name}` : 'New application'}
      otherErrors={form.otherErrors}
      alert={alert}
      buttons={buttons}
      onSubmit={onSubmit}
      preview={<SpecPreview kind="FlinkDeployment" yaml={form.preview} current={form.previewIsCurrent} emptyText="Fill in a name, an image and a jar URI: the FlinkDeployment appears here." />}
    >
      <JobSection form={form} flinkVersions={flinkVersions} editing={editing} />
      <ResourcesSection form={form} />
      <JobStateSection form={form} editing={editing} started="deployed" checkpointHint="Shared storage all pods reach." savepointHint="Needed for savepoints of any kind." />
      <AdvancedSection form={form} />
    </SpecFormLayout>
  );
}
