'use client';
// Flink configuration as key/value rows, or as raw YAML for pasting a config.yaml (nested keys
// are flattened, as the CRD keeps them). Switching converts what was typed; YAML that does not
// parse stays in YAML mode with the reason shown.
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { CONTROL_CLASSES } from '@/components/ui/field';
import { cn } from '@/components/ui/cn';
import { CompositeField } from './composite-field';
import { fieldId } from './form-fields';
import { rowsToYaml, yamlToRows } from './form-values';
import { KeyValueRows } from './key-value-rows';
import type { ApplicationForm } from './use-application-form';

const ID = fieldId('flinkConfiguration');

export function FlinkConfigurationField({ form }: { form: ApplicationForm }) {
  const { values, set, touch } = form;
  const [switchError, setSwitchError] = useState<string | null>(null);
  const yaml = values.configMode === 'yaml';
  const toggle = () => {
    if (yaml) {
      const parsed = yamlToRows(values.configYaml);
      if (!parsed.ok) return setSwitchError(`Fix the YAML first: ${parsed.message}`);
      set('configRows', parsed.rows);
    } else {
      set('configYaml', rowsToYaml(values.configRows));
    }
    setSwitchError(null);
    set('configMode', yaml ? 'rows' : 'yaml');
  };
  const error = switchError ?? form.errorOf('flinkConfiguration');
  return (
    <CompositeField
      id={ID}
      legend="Flink configuration"
      hint={
        <>
          Overrides of Flink&apos;s configuration, such as <span className="font-mono">execution.checkpointing.interval: 60s</span>. Slots, state directories and
          the savepoint interval have their own fields. Credentials belong in a Kubernetes Secret, not here.
        </>
      }
      error={error}
      aside={
        <Button variant="ghost" size="sm" onClick={toggle} aria-pressed={yaml}>
          {yaml ? 'Edit as rows' : 'Edit as YAML'}
        </Button>
      }
    >
      {(describedBy, invalid) =>
        yaml ? (
          <textarea
            id={ID}
            aria-label="Flink configuration as YAML"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={cn(CONTROL_CLASSES, 'font-mono text-xs')}
            rows={8}
            spellCheck={false}
            placeholder={'execution.checkpointing.interval: 60s\nstate.backend.type: rocksdb'}
            value={values.configYaml}
            onChange={(e) => set('configYaml', e.target.value)}
            onBlur={() => touch('configYaml')}
          />
        ) : (
          <KeyValueRows
            idPrefix="application-config"
            firstId={ID}
            rows={values.configRows}
            onChange={(rows) => set('configRows', rows)}
            onBlur={() => touch('configRows')}
            noun="Configuration"
            keyLabel="Key"
            valueLabel="Value"
            keyPlaceholder="execution.checkpointing.interval"
            valuePlaceholder="60s"
            addLabel="Add a setting"
            describedBy={describedBy}
            invalid={invalid}
          />
        )
      }
    </CompositeField>
  );
}
