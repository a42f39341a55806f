'use client';
// The "Allow non-restored state" checkbox of a job's state section (application, session job),
// with what it means and its error.

interface AllowNonRestoredStateFieldProps {
  id: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

export function AllowNonRestoredStateField({ id, checked, onChange, error }: AllowNonRestoredStateFieldProps) {
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 accent-accent-600"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={[`${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ')}
        aria-invalid={error ? true : undefined}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          Allow non-restored state
        </label>
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          Start even if some state in the savepoint belongs to no operator of the job; that state is dropped.
        </p>
        {error && (
          <p id={`${id}-error`} className="text-xs font-medium text-red-600 dark:text-red-400">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
