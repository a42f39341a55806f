'use client';
// A modal dialog on the native <dialog>: showModal() traps focus and Escape closes it.
import { useEffect, useRef, type ReactNode } from 'react';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  title: string;
  description?: ReactNode;
  children?: ReactNode;
  footer?: ReactNode;
}

export function Dialog({ open, onClose, title, description, children, footer }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      onClose={onClose}
      aria-labelledby="dialog-title"
      className="m-auto w-full max-w-lg rounded-xl border border-border bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/40 backdrop:backdrop-blur-[1px]"
    >
      <div className="flex flex-col gap-4 p-6">
        <div className="flex flex-col gap-1">
          <h2 id="dialog-title" className="text-base font-semibold">
            {title}
          </h2>
          {description && <div className="text-sm text-fg-muted">{description}</div>}
        </div>
        {children}
      </div>
      {footer && <div className="flex justify-end gap-2 border-t border-border bg-surface-muted/50 px-6 py-3">{footer}</div>}
    </dialog>
  );
}
