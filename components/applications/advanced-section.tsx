'use client';
// The application form's advanced part: Flink configuration, log configuration, labels and a
// pod template. Collapsed unless something is set there or wrong.
import { Textarea } from '@/components/ui/textarea';
import { CompositeField } from './composite-field';
import { FlinkConfigurationField } from './flink-configuration-field';
import { FormSection } from './form-section';
import { fieldId } from './form-fields';
import { KeyValueRows } from './key-value-rows';
import type { ApplicationForm } from './use-application-form';

const FIELDS = ['flinkConfiguration', 'logConfiguration', 'labels', 'podTemplate'] as const;

export function AdvancedSection({ form }: { form: ApplicationForm }) {
  const { values, set, touch, text } = form;
  const used = values.configRows.some((r) => r.key) || values.configYaml !== '' || values.log4j !== '' || values.labelRows.some((r) => r.key) || values.podTemplate !== '';
  return (
    <FormSection
      title="Configuration and advanced"
      description="Flink configuration, logging, labels and a pod template."
      collapsible
      defaultOpen={used}
      forceOpen={form.hasVisibleError(FIELDS)}
    >
      <FlinkConfigurationField form={form} />
      <Textarea
        label="Log configuration (log4j-console.properties)"
        mono
        rows={5}
        spellCheck={false}
        placeholder={'rootLogger.level = INFO\nrootLogger.appenderRef.console.ref = ConsoleAppender'}
        hint="Replaces Flink's log4j-console.properties in every pod. Leave empty for Flink's own."
        {...text('log4j')}
      />
      <CompositeField id={fieldId('labels')} legend="Labels" hint="Added to the FlinkDeployment. Keys under flotilla.dev/ are Flotilla's own." error={form.errorOf('labels')}>
        {(describedBy, invalid) => (
          <KeyValueRows
            idPrefix="application-label"
            firstId={fieldId('labels')}
            rows={values.labelRows}
            onChange={(rows) => set('labelRows', rows)}
            onBlur={() => touch('labelRows')}
            noun="Label"
            keyLabel="Key"
            valueLabel="Value"
            keyPlaceholder="team"
            valuePlaceholder="payments"
            addLabel="Add a label"
            describedBy={describedBy}
            invalid={invalid}
          />
        )}
      </CompositeField>
      <Textarea
        label="Pod template (YAML)"
        mono
        rows={8}
        spellCheck={false}
        placeholder={'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: flink-main-container\n      env:\n        - name: TZ\n          value: UTC'}
        hint="Merged into the JobManager and TaskManager pods by the operator: environment variables, volumes, sidecars, node selectors."
        {...text('podTemplate')}
      />
    </FormSection>
  );
}
