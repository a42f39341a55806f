'use client';
// Before an edit of an application, session or session job is applied: the fields that change,
// what the operator does with them, and a warning when the change costs running jobs their state
// or their uptime (stateDiscardWarning), so nobody discards state by accident.
import { SpecChanges } from '@/components/flink/spec-changes';
import { AlertIcon } from '@/components/icons';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import type { EditSpec } from './use-edit-spec';

interface ReviewChangesDialogProps {
  name: string;
  /** What applying does, e.g. "The operator upgrades the job to the new spec, using its upgrade mode." */
  description: string;
  /** The edit flow (useEditSpec): open while it holds a review. */
  edit: Pick<EditSpec, 'review' | 'pending' | 'apply' | 'cancelReview'>;
}

export function ReviewChangesDialog({ name, description, edit }: ReviewChangesDialogProps) {
  const { review, pending, apply: onApply, cancelReview: onCancel } = edit;
  const changes = review?.changes ?? [];
  const warning = review?.warning ?? null;
  return (
    <Dialog
      open={review !== null}
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
