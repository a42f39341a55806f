// A labelled form control with its hint and error, wired for screen readers: the control gets
// the ids through `controlProps`.
import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-invalid'?: true;
  'aria-describedby'?: string;
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | string[];
  required?: boolean;
  children: (controlProps: ControlProps) => ReactNode;
}

export function Field({ id, label, hint, error, required, children }: FieldProps) {
  const message = Array.isArray(error) ? error[0] : error;
  const describedBy = [hint && `${id}-hint`, message && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="flex flex-col gap-1.5">
      <label htmlFor={id} className="text-sm font-medium">
        {label}
        {required && <span className="text-fg-muted"> (required)</span>}
      </label>
      {children({ id, 'aria-invalid': message ? true : undefined, 'aria-describedby': describedBy })}
      {hint && !message && (
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-600 dark:text-red-400">
          {message}
        </p>
      )}
    </div>
  );
}

export const CONTROL_CLASSES =
  'w-full rounded-md border border-border bg-surface px-3 py-2 text-sm text-fg shadow-sm placeholder:text-fg-muted/70 ' +
  'focus:border-accent-500 focus:outline-none focus:ring-2 focus:ring-accent-500/30 ' +
  'aria-[invalid=true]:border-red-500 disabled:opacity-60';
