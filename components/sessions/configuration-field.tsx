'use client';
// Flink configuration as key/value rows, or as raw YAML for pasting a config.yaml, for the
// session and session job forms. Switching converts what was typed; YAML that does not parse
// stays in YAML mode with the reason shown.
import { useState, type ReactNode } from 'react';
import { CompositeField } from '@/components/applications/composite-field';
import { rowsToYaml, yamlToRows } from '@/components/applications/form-values';
import { KeyValueRows } from '@/components/applications/key-value-rows';
import { Button } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';
import { CONTROL_CLASSES } from '@/components/ui/field';
import type { ConfigurationValues } from './form-values';

interface ConfigurationFieldProps {
  id: string;
  value: ConfigurationValues;
  onChange: (patch: Partial<ConfigurationValues>) => void;
  onBlur: () => void;
  error?: string;
  hint: ReactNode;
}

export function ConfigurationField({ id, value, onChange, onBlur, error, hint }: ConfigurationFieldProps) {
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
