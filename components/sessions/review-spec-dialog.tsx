'use client';
// Before an edit of a session or session job is applied: the fields that change, what the
// operator does with them, and a warning when the change costs running jobs their state or
// their uptime.
import { SpecChanges } from '@/components/applications/spec-changes';
import { AlertIcon } from '@/components/icons';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { SpecChange } from '@/lib/k8s/flink/diff';

interface ReviewSpecDialogProps {
  open: boolean;
  name: string;
  /** What applying does, e.g. "The operator upgrades the job to the new spec, using its upgrade mode." */
  description: string;
  changes: SpecChange[];
  warning: string | null;
  pending: boolean;
  onApply: () => void;
  onCancel: () => void;
}

export function ReviewSpecDialog({ open, name, description, changes, warning, pending, onApply, onCancel }: ReviewSpecDialogProps) {
  return (
    <Dialog
      open={open}
      onClose={onCancel}
      title={`Apply ${changes.length === 1 ? '1 change' : `${changes.length} changes`} to ${name}?`}
      description={description}
      footer={
        <>
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            Back to the form
          </Button>
          <Button variant={warning ? 'danger' : 'primary'} onClick={onApply} loading={pending}>
            Apply changes
          </Button>
        </>
      }
    >
      {warning && (
        <div role="alert" className="flex gap-2 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
          <AlertIcon className="mt-0.5 size-4 shrink-0" />
          <p>{warning}</p>
        </div>
      )}
      <div className="max-h-80 overflow-auto">
        <SpecChanges changes={changes} />
      </div>
    </Dialog>
  );
}
