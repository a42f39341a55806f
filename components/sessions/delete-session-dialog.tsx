'use client';
// Deleting a session. When it has jobs, the dialog asks to delete them first (a session is
// deleted only after its jobs) and whether to take a final savepoint of each job that can take
// one; then the name typed to confirm.
import { useState } from 'react';
import { savepointRefusal } from '@/lib/flink-resources/action-rules';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { CheckOption } from '@/components/flink/check-option';
import { TypedDeleteDialog } from '@/components/flink/typed-delete-dialog';

interface DeleteSessionDialogProps {
  open: boolean;
  name: string;
  jobs: SessionJobDto[];
  onClose: () => void;
  /** Runs the deletion; resolves to an error message, or null when done. */
  onDelete: (withJobs: boolean, finalSavepoints: boolean) => Promise<string | null>;
}

export function DeleteSessionDialog({ open, name, jobs, onClose, onDelete }: DeleteSessionDialogProps) {
  const [withJobs, setWithJobs] = useState(false);
  const [savepoints, setSavepoints] = useState(false);
  const live = jobs.filter((j) => !j.deletionRequestedAt);
  const able = live.filter((j) => savepointRefusal(j) === null).length;
  const close = () => {
    setWithJobs(false);
    setSavepoints(false);
    onClose();
  };
  const list = live.map((j) => j.name).join(', ');
  return (
    <TypedDeleteDialog
      open={open}
      name={name}
      title={`Delete session ${name}?`}
      description="Its FlinkDeployment, and with it the session's Flink cluster, is removed from the cluster. Savepoints already taken stay where they are."
      confirmLabel="Delete session"
      ready={live.length === 0 || withJobs}
      onClose={close}
      onDelete={() => onDelete(live.length > 0 && withJobs, withJobs && savepoints)}
    >
      {live.length > 0 && (
        <div className="flex flex-col gap-3 rounded-md border border-border bg-surface-muted/50 p-3">
          <CheckOption
            label={live.length === 1 ? 'Delete its job first' : `Delete its ${live.length} jobs first`}
            hint={`A session is deleted only after its jobs: ${list}. The session goes once the last of them is gone.`}
            checked={withJobs}
            onChange={setWithJobs}
          />
          <CheckOption
            label="Take a final savepoint of each job first"
            hint={
              able === 0
                ? 'Not possible now: no job is running with a savepoint directory.'
                : `Where possible (${able} of ${live.length}): a job is deleted once its savepoint completes; the others are deleted without one.`
            }
            checked={savepoints && withJobs && able > 0}
            disabled={!withJobs || able === 0}
            onChange={setSavepoints}
          />
        </div>
      )}
    </TypedDeleteDialog>
  );
}
