'use client';
// A modal dialog on the native <dialog>: showModal() traps focus and Escape closes it.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { CloseIcon } from '../icons';

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
  // Several dialogs can share a page (edit, create token, confirm): ids must be unique.
  const id = useId();
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
      aria-labelledby={`${id}-title`}
      aria-describedby={description ? `${id}-description` : undefined}
      className="m-auto w-full max-w-lg text-left rounded-xl border border-border bg-surface p-0 text-fg shadow-2xl backdrop:bg-black/40 backdrop:backdrop-blur-[1px]"
    >
      <div className="flex flex-col gap-4 p-6">
        <div className="flex items-start gap-4">
          <div className="flex flex-1 flex-col gap-1">
            <h2 id={`${id}-title`} className="text-base font-semibold">
              {title}
            </h2>
            {description && (
              <div id={`${id}-description`} className="text-sm text-fg-muted">
                {description}
              </div>
            )}
          </div>
          <button
            type="button"
            onClick={onClose}
            aria-label="Close"
            className="-mt-1 -mr-2 rounded-md p-1.5 text-fg-muted hover:bg-surface-muted hover:text-fg"
          >
            <CloseIcon />
          </button>
        </div>
        {children}
      </div>
      {footer && <div className="flex justify-end gap-2 rounded-b-xl border-t border-border bg-surface-muted/50 px-6 py-3">{footer}</div>}
    </dialog>
  );
}
