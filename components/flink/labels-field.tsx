'use client';
// Labels of an application, session or session job as key/value rows, with the map's error below
// them.
import { CompositeField } from './composite-field';
import { KeyValueRows } from './key-value-rows';
import type { KeyValueRow } from './spec-form-values';
import { LABEL_KEY_MAX, LABEL_VALUE_MAX } from '@/lib/validation/limits';

/** What the field needs of a spec form whose values hold the label rows. */
export interface LabelsForm {
  values: { labelRows: KeyValueRow[] };
  set: (key: 'labelRows', rows: KeyValueRow[]) => void;
  touch: (key: 'labelRows') => void;
  fieldId: (field: 'labels') => string;
  errorOf: (field: 'labels') => string | undefined;
}

/** `kind`: what the labels go on, for the hint: "FlinkDeployment", "FlinkSessionJob". */
export function LabelsField({ form, kind }: { form: LabelsForm; kind: string }) {
  const id = form.fieldId('labels');
  const error = form.errorOf('labels');
  return (
    <CompositeField id={id} legend="Labels" hint={`Added to the ${kind}. Keys under flotilla.dev/ are Flotilla's own.`} error={error}>
      {(describedBy, invalid) => (
        <KeyValueRows
            keyMaxLength={LABEL_KEY_MAX}
            valueMaxLength={LABEL_VALUE_MAX}
          idPrefix={`${id}-row`}
          firstId={id}
          rows={form.values.labelRows}
          onChange={(rows) => form.set('labelRows', rows)}
          onBlur={() => form.touch('labelRows')}
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
