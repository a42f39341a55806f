// A text input with its label, hint and error (see Field).
import type { InputHTMLAttributes } from 'react';
import { cn } from './cn';
import { CONTROL_CLASSES, Field, type FieldProps } from './field';

type InputProps = Omit<FieldProps, 'children'> & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>;

/** A text input with its label, hint and error. */
export function Input({ id, label, hint, error, required, className, ...rest }: InputProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(control) => <input {...control} required={required} className={cn(CONTROL_CLASSES, 'h-9 py-0', className)} {...rest} />}
    </Field>
  );
}
