'use client';
// The session job form, shared by submit and edit: its sections and the FlinkSessionJob preview.
import type { ReactNode } from 'react';
import type { SessionSpec } from '@/lib/validation/flink';
import { SessionJobConfigSection } from './session-job-config-section';
import { SessionJobSection } from './session-job-section';
import { SessionJobStateSection } from './session-job-state-section';
import { SpecFormLayout } from './spec-form-layout';
import { SpecPreview } from './spec-preview';
import type { SessionJobForm } from './use-session-job-form';

interface SessionJobFormLayoutProps {
  form: SessionJobForm;
  session: { name: string; spec: SessionSpec };
  editing: boolean;
  alert?: ReactNode;
  buttons: ReactNode;
  onSubmit: () => void;
}

export function SessionJobFormLayout({ form, session, editing, alert, buttons, onSubmit }: SessionJobFormLayoutProps) {
  return (
    <SpecFormLayout
      label={editing ? `Edit ${form.values.name}` : 'Submit a job'}
      otherErrors={form.otherErrors}
      alert={alert}
      buttons={buttons}
      onSubmit={onSubmit}
      preview={<SpecPreview kind="FlinkSessionJob" yaml={form.preview} current={form.previewIsCurrent} emptyText="Fill in a name and a jar URI: the job's FlinkSessionJob appears here." />}
    >
      <SessionJobSection form={form} session={session.name} editing={editing} />
      <SessionJobStateSection form={form} sessionSpec={session.spec} editing={editing} />
      <SessionJobConfigSection form={form} />
    </SpecFormLayout>
  );
}
