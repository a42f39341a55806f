'use client';
// The session form, shared by create and edit: its sections and the FlinkDeployment preview.
import type { ReactNode } from 'react';
import { SessionAdvancedSection } from './session-advanced-section';
import { SessionClusterSection } from './session-cluster-section';
import { SessionDependenciesSection } from './session-dependencies-section';
import { SessionResourcesSection } from './session-resources-section';
import { SpecFormLayout } from '@/components/flink/spec-form-layout';
import { SpecPreview } from '@/components/flink/spec-preview';
import type { SessionForm } from './use-session-form';

interface SessionFormLayoutProps {
  form: SessionForm;
  flinkVersions: string[];
  editing: boolean;
  alert?: ReactNode;
  buttons: ReactNode;
  onSubmit: () => void;
}

export function SessionFormLayout({ form, flinkVersions, editing, alert, buttons, onSubmit }: SessionFormLayoutProps) {
  return (
    <SpecFormLayout
      label={editing ? `Edit ${form.values.name}` : 'New session'}
      otherErrors={form.otherErrors}
      alert={alert}
      buttons={buttons}
      onSubmit={onSubmit}
      preview={<SpecPreview kind="FlinkDeployment" yaml={form.preview} current={form.previewIsCurrent} emptyText="Fill in a name and an image: the session's FlinkDeployment appears here." />}
    >
      <SessionClusterSection form={form} flinkVersions={flinkVersions} editing={editing} />
      <SessionResourcesSection form={form} />
      <SessionDependenciesSection form={form} />
      <SessionAdvancedSection form={form} />
    </SpecFormLayout>
  );
}
