'use client';
// Key/value rows (Flink configuration, labels): add and remove rows, each input labelled for
// screen readers; the error of the whole map is shown below and described by every input.
import { Button } from '@/components/ui/button';
import { CONTROL_CLASSES } from '@/components/ui/field';
import { cn } from '@/components/ui/cn';
import { CloseIcon } from '@/components/icons';
import { newRow, type KeyValueRow } from './spec-form-values';

interface KeyValueRowsProps {
  /** Prefix of the inputs' ids; the first key input gets `firstId` (focused on errors). */
  idPrefix: string;
  firstId: string;
  rows: KeyValueRow[];
  onChange: (rows: KeyValueRow[]) => void;
  onBlur: () => void;
  /** What a row is, for the inputs' names: "Configuration" → "Configuration key 1". */
  noun: string;
  keyLabel: string;
  valueLabel: string;
  keyPlaceholder?: string;
  valuePlaceholder?: string;
  addLabel: string;
  describedBy?: string;
  invalid?: boolean;
  /** The map's limits (lib/validation/limits.ts), so the inputs stop where the server would. */
  keyMaxLength: number;
  valueMaxLength: number;
}

export function KeyValueRows({ idPrefix, firstId, rows, onChange, onBlur, noun, keyLabel, valueLabel, keyPlaceholder, valuePlaceholder, addLabel, describedBy, invalid, keyMaxLength, valueMaxLength }: KeyValueRowsProps) {
  const update = (id: number, patch: Partial<KeyValueRow>) => onChange(rows.map((r) => (r.id === id ? { ...r, ...patch } : r)));
  const remove = (id: number) => {
    const rest = rows.filter((r) => r.id !== id);
    onChange(rest.length > 0 ? rest : [newRow()]);
  };
  const control = cn(CONTROL_CLASSES, 'h-9 py-0 font-mono text-xs');
  return (
    <div className="flex flex-col gap-2">
      <div className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_2rem] gap-2 text-xs font-medium text-fg-muted" aria-hidden>
        <span>{keyLabel}</span>
        <span>{valueLabel}</span>
      </div>
      {rows.map((row, i) => (
        <div key={row.id} className="grid grid-cols-[minmax(0,1fr)_minmax(0,1fr)_2rem] items-center gap-2">
          <input
            id={i === 0 ? firstId : `${idPrefix}-key-${i}`}
            aria-label={`${noun} key ${i + 1}`}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={control}
            value={row.key}
            maxLength={keyMaxLength}
            placeholder={i === 0 ? keyPlaceholder : undefined}
            onChange={(e) => update(row.id, { key: e.target.value })}
            onBlur={onBlur}
            autoComplete="off"
            spellCheck={false}
          />
          <input
            id={`${idPrefix}-value-${i}`}
            aria-label={`${noun} value ${i + 1}`}
            aria-describedby={describedBy}
            aria-invalid={invalid || undefined}
            className={control}
            value={row.value}
            maxLength={valueMaxLength}
            placeholder={i === 0 ? valuePlaceholder : undefined}
            onChange={(e) => update(row.id, { value: e.target.value })}
            onBlur={onBlur}
            autoComplete="off"
            spellCheck={false}
          />
          <button
            type="button"
            onClick={() => remove(row.id)}
            aria-label={`Remove ${noun.toLowerCase()} ${i + 1}`}
            className="flex size-8 items-center justify-center rounded-md text-fg-muted hover:bg-surface-muted hover:text-fg"
          >
            <CloseIcon className="size-4" />
          </button>
        </div>
      ))}
      <div>
        <Button variant="ghost" size="sm" onClick={() => onChange([...rows, newRow()])}>
          + {addLabel}
        </Button>
      </div>
    </div>
  );
}
