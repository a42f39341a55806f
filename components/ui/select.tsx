// A native select with its label, hint and error; the chevron is drawn so both themes match.
import type { SelectHTMLAttributes } from 'react';
import { ChevronDownIcon } from '../icons';
import { cn } from './cn';
import { CONTROL_CLASSES, Field, type FieldProps } from './field';

type SelectProps = Omit<FieldProps, 'children'> &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: { value: string; label: string; disabled?: boolean }[] };

export function Select({ id, label, hint, error, required, options, className, ...rest }: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <div className="relative">
          <select {...control} required={required} className={cn(CONTROL_CLASSES, 'h-9 appearance-none py-0 pr-9', className)} {...rest}>
            {options.map((o) => (
              <option key={o.value} value={o.value} disabled={o.disabled}>
                {o.label}
              </option>
            ))}
          </select>
          <ChevronDownIcon className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-fg-muted" />
        </div>
      )}
    </Field>
  );
}
