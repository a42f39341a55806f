'use client';
// The session form's state directories, Flink configuration, logging, labels and pod template.
// Collapsed unless something is set there or wrong.
import { FormSection } from '@/components/applications/form-section';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { ConfigurationField } from './configuration-field';
import { LabelsField } from './labels-field';
import type { SessionForm } from './use-session-form';

const FIELDS = ['checkpointDir', 'savepointDir', 'flinkConfiguration', 'logConfiguration', 'labels', 'podTemplate'] as const;

export function SessionAdvancedSection({ form }: { form: SessionForm }) {
  const { values, setMany, set, touch, text, fieldId } = form;
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
        <Input label="Checkpoint directory" placeholder="s3://bucket/checkpoints" spellCheck={false} hint="The default for its jobs; shared storage all pods reach." {...text('checkpointDir')} />
        <Input label="Savepoint directory" placeholder="s3://bucket/savepoints" spellCheck={false} hint="The default for its jobs' savepoints." {...text('savepointDir')} />
      </div>
      <ConfigurationField
        id={fieldId('flinkConfiguration')}
        value={values}
        onChange={setMany}
        onBlur={() => touch('configRows')}
        error={form.errorOf('flinkConfiguration')}
        hint={
          <>
            The session cluster&apos;s configuration, which every job runs with, such as <span className="font-mono">state.backend.type: rocksdb</span>. Slots and
            state directories have their own fields. Credentials belong in a Kubernetes Secret, not here.
          </>
        }
      />
      <Textarea
        label="Log configuration (log4j-console.properties)"
        mono
        rows={4}
        spellCheck={false}
        placeholder={'rootLogger.level = INFO\nrootLogger.appenderRef.console.ref = ConsoleAppender'}
        hint="Replaces Flink's log4j-console.properties in every pod. Leave empty for Flink's own."
        {...text('log4j')}
      />
      <LabelsField id={fieldId('labels')} kind="FlinkDeployment" rows={values.labelRows} onChange={(rows) => set('labelRows', rows)} onBlur={() => touch('labelRows')} error={form.errorOf('labels')} />
      <Textarea
        label="Pod template (YAML)"
        mono
        rows={7}
        spellCheck={false}
        placeholder={'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: flink-main-container\n      env:\n        - name: TZ\n          value: UTC'}
        hint="Merged into the JobManager and TaskManager pods by the operator: environment variables, volumes, sidecars, node selectors."
        {...text('podTemplate')}
      />
    </FormSection>
  );
}
