'use client';
// A lifecycle button that, when the current state refuses the action, stays focusable but
// inactive (aria-disabled) and says why in a tooltip that is also its description.
import { useId } from 'react';
import { Button, type ButtonVariant } from '@/components/ui/button';
import { cn } from '@/components/ui/cn';

interface ActionButtonProps {
  label: string;
  /** Why the action is not possible now; null when it is. */
  refusal: string | null;
  onClick: () => void;
  loading?: boolean;
  variant?: ButtonVariant;
}

export function ActionButton({ label, refusal, onClick, loading, variant = 'secondary' }: ActionButtonProps) {
  const id = useId();
  return (
    <span className="group relative inline-flex">
      <Button
        variant={variant}
        size="sm"
        loading={loading}
        aria-disabled={refusal ? true : undefined}
        aria-describedby={refusal ? id : undefined}
        onClick={refusal ? undefined : onClick}
        className={cn(refusal && 'cursor-not-allowed opacity-50')}
      >
        {label}
      </Button>
      {refusal && (
        <span
          id={id}
          role="tooltip"
          className="invisible absolute top-full right-0 z-20 mt-2 w-64 rounded-md border border-border bg-surface px-3 py-2 text-xs text-fg shadow-lg group-focus-within:visible group-hover:visible"
        >
          {refusal}
        </span>
      )}
    </span>
  );
}
