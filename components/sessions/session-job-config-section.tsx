'use client';
// The session job form's own Flink configuration (over the session's) and its labels.
// Collapsed unless something is set there or wrong.
import { FormSection } from '@/components/flink/form-section';
import { FlinkConfigurationField } from '@/components/flink/flink-configuration-field';
import { LabelsField } from '@/components/flink/labels-field';
import type { SessionJobForm } from './use-session-job-form';

const FIELDS = ['flinkConfiguration', 'labels'] as const;

export function SessionJobConfigSection({ form }: { form: SessionJobForm }) {
  const { values } = form;
  const used = values.configRows.some((r) => r.key) || values.configYaml !== '' || values.labelRows.some((r) => r.key);
  return (
    <FormSection title="Configuration and labels" description="The job's own Flink configuration, and labels." collapsible defaultOpen={used} forceOpen={form.hasVisibleError(FIELDS)}>
      <FlinkConfigurationField
        form={form}
        hint={
          <>
            Job-level settings over the session&apos;s configuration, such as <span className="font-mono">execution.checkpointing.interval: 60s</span>. Cluster
            settings (memory, slots) belong to the session.
          </>
        }
      />
      <LabelsField form={form} kind="FlinkSessionJob" />
    </FormSection>
  );
}
