// A group of controls that together make one field (rows, a radio group): a fieldset with its
// legend, hint and error, whose ids the controls reference through aria-describedby.
import type { ReactNode } from 'react';

interface CompositeFieldProps {
  id: string;
  legend: string;
  hint?: ReactNode;
  error?: string;
  /** Beside the legend, e.g. a mode switch. */
  aside?: ReactNode;
  children: (describedBy: string | undefined, invalid: boolean) => ReactNode;
}

export function CompositeField({ id, legend, hint, error, aside, children }: CompositeFieldProps) {
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    // Named by aria-labelledby: a <legend> must be the fieldset's first child, which leaves no
    // room for the mode switch beside it.
    <fieldset aria-labelledby={`${id}-legend`} className="flex min-w-0 flex-col gap-2">
      <div className="flex items-center justify-between gap-3">
        <span id={`${id}-legend`} className="text-sm font-medium">
          {legend}
        </span>
        {aside}
      </div>
      {hint && (
        <p id={`${id}-hint`} className="-mt-1 text-xs text-fg-muted">
          {hint}
        </p>
      )}
      {children(describedBy, Boolean(error))}
      {error && (
        <p id={`${id}-error`} className="text-xs font-medium text-red-600 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
