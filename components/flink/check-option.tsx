'use client';
// A checkbox with its label and a line saying what it does (or why it is not possible now).
import { useId } from 'react';

interface CheckOptionProps {
  label: string;
  hint: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function CheckOption({ label, hint, checked, disabled, onChange }: CheckOptionProps) {
  const id = useId();
  return (
    <div className="flex items-start gap-2">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 accent-accent-600 disabled:opacity-50"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={`${id}-hint`}
      />
      <div>
        <label htmlFor={id} className="text-sm font-medium">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-fg-muted">
          {hint}
        </p>
      </div>
    </div>
  );
}
