'use client';
// The page layout of every spec form (application, session, session job): the sections on the left,
// the live preview on the right, errors no field shows above the buttons.
import type { FormEvent, ReactNode } from 'react';
import { FormAlert } from '@/components/ui/form-alert';

interface SpecFormLayoutProps {
  /** The form's accessible name. */
  label: string;
  /** The form's sections. */
  children: ReactNode;
  otherErrors: string[];
  /** A form-level message (the server's refusal), shown above the buttons. */
  alert?: ReactNode;
  buttons: ReactNode;
  preview: ReactNode;
  onSubmit: () => void;
}

export function SpecFormLayout({ label, children, otherErrors, alert, buttons, preview, onSubmit }: SpecFormLayoutProps) {
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit();
  };
  return (
    <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_27rem]">
      <form onSubmit={submit} noValidate aria-label={label} className="flex flex-col gap-6 rounded-lg border border-border bg-surface p-6 shadow-sm">
        {children}
        <div className="flex flex-col gap-3 border-t border-border pt-6">
          {otherErrors.map((message) => (
            <FormAlert key={message} message={message} />
          ))}
          {alert}
          <div className="flex items-center justify-end gap-2">{buttons}</div>
        </div>
      </form>
      {preview}
    </div>
  );
}
