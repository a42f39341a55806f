'use client';
// Flink configuration as key/value rows, or as raw YAML for pasting a config.yaml (nested keys
// are flattened, as the CRD keeps them), for every spec form. Switching converts what was typed;
// YAML that does not parse stays in YAML mode with the reason shown.
import { useState, type ReactNode } from 'react';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { CONTROL_CLASSES } from '@/components/ui/field';
import { CompositeField } from './composite-field';
import { KeyValueRows } from './key-value-rows';
import { rowsToYaml, yamlToRows, type ConfigurationValues } from './spec-form-values';
import { CONFIG_KEY_MAX, CONFIG_VALUE_MAX } from '@/lib/validation/limits';

/** What the field needs of a spec form whose values hold the configuration's rows and YAML. */
export interface ConfigurationForm {
  values: ConfigurationValues;
  setMany: (patch: Partial<ConfigurationValues>) => void;
  touch: (key: 'configRows') => void;
  fieldId: (field: 'flinkConfiguration') => string;
  errorOf: (field: 'flinkConfiguration') => string | undefined;
}

export function FlinkConfigurationField({ form, hint }: { form: ConfigurationForm; hint: ReactNode }) {
  const { values: value, setMany: onChange } = form;
  const id = form.fieldId('flinkConfiguration');
  const error = form.errorOf('flinkConfiguration');
  const onBlur = () => form.touch('configRows');
  const [switchError, setSwitchError] = useState<string | null>(null);
  const yaml = value.configMode === 'yaml';
  const toggle = () => {
    if (yaml) {
      const parsed = yamlToRows(value.configYaml);
      if (!parsed.ok) return setSwitchError(`Fix the YAML first: ${parsed.message}`);
      onChange({ configMode: 'rows', configRows: parsed.rows });
    } else {
      onChange({ configMode: 'yaml', configYaml: rowsToYaml(value.configRows) });
    }
    setSwitchError(null);
  };
  return (
    <CompositeField
      id={id}
      legend="Flink configuration"
      hint={hint}
      error={switchError ?? error}
      aside={
        <Button variant="ghost" size="sm" onClick={toggle} aria-pressed={yaml}>
          {yaml ? 'Edit as rows' : 'Edit as YAML'}
        </Button>
      }
    >
      {(describedBy, invalid) =>
        yaml ? (
          <textarea
            id={id}
            aria-label="Flink configuration as YAML"
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={cn(CONTROL_CLASSES, 'font-mono text-xs')}
            rows={8}
            spellCheck={false}
            placeholder={'execution.checkpointing.interval: 60s\nstate.backend.type: rocksdb'}
            value={value.configYaml}
            onChange={(e) => onChange({ configYaml: e.target.value })}
            onBlur={onBlur}
          />
        ) : (
          <KeyValueRows
            keyMaxLength={CONFIG_KEY_MAX}
            valueMaxLength={CONFIG_VALUE_MAX}
            idPrefix={`${id}-row`}
            firstId={id}
            rows={value.configRows}
            onChange={(rows) => onChange({ configRows: rows })}
            onBlur={onBlur}
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
