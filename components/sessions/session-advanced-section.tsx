'use client';
// The session form's state directories, Flink configuration, logging, labels and pod template.
// Collapsed unless something is set there or wrong.
import { FormSection } from '@/components/flink/form-section';
import { Input } from '@/components/ui/input';
import { FlinkConfigurationField } from '@/components/flink/flink-configuration-field';
import { LabelsField } from '@/components/flink/labels-field';
import { LogConfigurationField } from '@/components/flink/log-configuration-field';
import { PodTemplateField } from '@/components/flink/pod-template-field';
import { CLUSTER_ADVANCED_FIELDS } from '@/components/flink/cluster-form-values';
import type { SessionForm } from './use-session-form';
import { URI_MAX } from '@/lib/validation/limits';

const FIELDS = ['checkpointDir', 'savepointDir', ...CLUSTER_ADVANCED_FIELDS] as const;

export function SessionAdvancedSection({ form }: { form: SessionForm }) {
  const { values, text } = form;
  const used =
    values.checkpointDir !== '' ||
    values.savepointDir !== '' ||
    values.configRows.some((r) => r.key) ||
    values.configYaml !== '' ||
    values.log4j !== '' ||
    values.labelRows.some((r) => r.key) ||
    values.podTemplate !== '';
  return (
    <FormSection
      title="State, configuration and advanced"
      description="Where jobs keep their state by default, Flink configuration, logging, labels and a pod template."
      collapsible
      defaultOpen={used}
      forceOpen={form.hasVisibleError(FIELDS)}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Input maxLength={URI_MAX} label="Checkpoint directory" placeholder="s3://bucket/checkpoints" spellCheck={false} hint="The default for its jobs; shared storage all pods reach." {...text('checkpointDir')} />
        <Input maxLength={URI_MAX} label="Savepoint directory" placeholder="s3://bucket/savepoints" spellCheck={false} hint="The default for its jobs' savepoints." {...text('savepointDir')} />
      </div>
      <FlinkConfigurationField
        form={form}
        hint={
          <>
            The session cluster&apos;s configuration, which every job runs with, such as <span className="font-mono">state.backend.type: rocksdb</span>. Slots and
            state directories have their own fields. Credentials belong in a Kubernetes Secret, not here.
          </>
        }
      />
      <LogConfigurationField control={text('log4j')} rows={4} />
      <LabelsField form={form} kind="FlinkDeployment" />
      <PodTemplateField control={text('podTemplate')} rows={7} />
    </FormSection>
  );
}
