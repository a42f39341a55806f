// A multi-line input with its label, hint and error; `mono` for configuration and YAML.
import type { TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { CONTROL_CLASSES, Field, type FieldProps } from './field';

type TextareaProps = Omit<FieldProps, 'children'> & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'> & { mono?: boolean };

export function Textarea({ id, label, hint, error, required, mono, className, ...rest }: TextareaProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <textarea {...control} required={required} className={cn(CONTROL_CLASSES, mono && 'font-mono text-xs', className)} rows={5} {...rest} />
      )}
    </Field>
  );
}
