'use client';
// The application form's advanced part: Flink configuration, log configuration, labels and a
// pod template. Collapsed unless something is set there or wrong.
import { CLUSTER_ADVANCED_FIELDS } from '@/components/flink/cluster-form-values';
import { FlinkConfigurationField } from '@/components/flink/flink-configuration-field';
import { LabelsField } from '@/components/flink/labels-field';
import { LogConfigurationField } from '@/components/flink/log-configuration-field';
import { PodTemplateField } from '@/components/flink/pod-template-field';
import { FormSection } from '@/components/flink/form-section';
import type { ApplicationForm } from './use-application-form';

export function AdvancedSection({ form }: { form: ApplicationForm }) {
  const { values, text } = form;
  const used = values.configRows.some((r) => r.key) || values.configYaml !== '' || values.log4j !== '' || values.labelRows.some((r) => r.key) || values.podTemplate !== '';
  return (
    <FormSection
      title="Configuration and advanced"
      description="Flink configuration, logging, labels and a pod template."
      collapsible
      defaultOpen={used}
      forceOpen={form.hasVisibleError(CLUSTER_ADVANCED_FIELDS)}
    >
      <FlinkConfigurationField
        form={form}
        hint={
          <>
            Overrides of Flink&apos;s configuration, such as <span className="font-mono">execution.checkpointing.interval: 60s</span>. Slots, state directories and
            the savepoint interval have their own fields. Credentials belong in a Kubernetes Secret, not here.
          </>
        }
      />
      <LogConfigurationField control={text('log4j')} rows={5} />
      <LabelsField form={form} kind="FlinkDeployment" />
      <PodTemplateField control={text('podTemplate')} rows={8} />
    </FormSection>
  );
}
