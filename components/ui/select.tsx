import type { SelectHTMLAttributes } from 'react';
import { cn } from './cn';
import { CONTROL_CLASSES, Field, type FieldProps } from './field';

type SelectProps = Omit<FieldProps, 'children'> &
  Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & { options: { value: string; label: string }[] };

export function Select({ id, label, hint, error, required, options, className, ...rest }: SelectProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select {...control} required={required} className={cn(CONTROL_CLASSES, 'h-9 py-0', className)} {...rest}>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
