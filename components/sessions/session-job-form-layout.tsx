'use client';
// The session job form, shared by submit and edit: its sections and the FlinkSessionJob preview.
import type { ReactNode } from 'react';
import type { SessionSpec } from '@/lib/validation/flink';
import { SessionJobConfigSection } from './session-job-config-section';
import { SessionJobSection } from './session-job-section';
import { JobStateSection } from '@/components/flink/job-state-section';
import { SpecFormLayout } from '@/components/flink/spec-form-layout';
import { SpecPreview } from '@/components/flink/spec-preview';
import type { SessionJobForm } from './use-session-job-form';

/** A job's state directories default to its session's. */
const inherited = (dir: string | undefined, what: string) => (dir ? `Leave empty for the session's: ${dir}.` : `The session sets none: set one here for ${what}.`);

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
      <JobStateSection
        form={form}
        editing={editing}
        started="submitted"
        checkpointHint={inherited(session.spec.checkpointDir, 'the savepoint and last-state modes')}
        savepointHint={inherited(session.spec.savepointDir, 'savepoints')}
      />
      <SessionJobConfigSection form={form} />
    </SpecFormLayout>
  );
}
