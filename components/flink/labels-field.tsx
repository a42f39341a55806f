'use client';
// Labels of an application, session or session job as key/value rows, with the map's error below
// them.
import { CompositeField } from './composite-field';
import { KeyValueRows } from './key-value-rows';
import type { KeyValueRow } from './spec-form-values';

interface LabelsFieldProps {
  id: string;
  /** What the labels go on, for the hint: "FlinkDeployment", "FlinkSessionJob". */
  kind: string;
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  onBlur: () => void;
  error?: string;
}

export function LabelsField({ id, kind, rows, onChange, onBlur, error }: LabelsFieldProps) {
  return (
    <CompositeField id={id} legend="Labels" hint={`Added to the ${kind}. Keys under flotilla.dev/ are Flotilla's own.`} error={error}>
      {(describedBy, invalid) => (
        <KeyValueRows
          idPrefix={`${id}-row`}
          firstId={id}
          rows={rows}
          onChange={onChange}
          onBlur={onBlur}
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
  );
}
