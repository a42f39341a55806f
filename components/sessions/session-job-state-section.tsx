'use client';
// The session job form's state handling: the upgrade mode, where checkpoints and savepoints go
// (the session's directories unless the job sets its own), a savepoint to start from, and
// periodic savepoints.
import { FormSection } from '@/components/applications/form-section';
import { Input } from '@/components/ui/input';
import type { SessionSpec } from '@/lib/validation/flink';
import { UpgradeModeChoice } from './upgrade-mode-choice';
import type { SessionJobForm } from './use-session-job-form';

const FIELDS = ['upgradeMode', 'checkpointDir', 'savepointDir', 'initialSavepointPath', 'allowNonRestoredState', 'periodicSavepointInterval'] as const;

const inherited = (dir: string | undefined, what: string) => (dir ? `Leave empty for the session's: ${dir}.` : `The session sets none: set one here for ${what}.`);

export function SessionJobStateSection({ form, sessionSpec, editing }: { form: SessionJobForm; sessionSpec: SessionSpec; editing: boolean }) {
  const { text, values, set, touch, fieldId } = form;
  const allowId = fieldId('allowNonRestoredState');
  const allowError = form.errorOf('allowNonRestoredState');
  return (
    <FormSection
      title="State and savepoints"
      description="Where the job keeps its state, and how it survives suspend and upgrades."
      collapsible
      defaultOpen
      forceOpen={form.hasVisibleError(FIELDS)}
    >
      <UpgradeModeChoice
        id={fieldId('upgradeMode')}
        value={values.upgradeMode}
        onChange={(mode) => {
          set('upgradeMode', mode);
          touch('upgradeMode');
        }}
        error={form.errorOf('upgradeMode')}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input label="Checkpoint directory" placeholder="s3://bucket/checkpoints" spellCheck={false} hint={inherited(sessionSpec.checkpointDir, 'the savepoint and last-state modes')} {...text('checkpointDir')} />
        <Input label="Savepoint directory" placeholder="s3://bucket/savepoints" spellCheck={false} hint={inherited(sessionSpec.savepointDir, 'savepoints')} {...text('savepointDir')} />
      </div>
      <Input
        label="Start from savepoint"
        placeholder="s3://bucket/savepoints/savepoint-1a2b3c"
        spellCheck={false}
        hint={editing ? 'Read only when the job is first submitted.' : 'Optional: the job restores this savepoint when first submitted.'}
        {...text('initialSavepointPath')}
      />
      <div className="flex items-start gap-2">
        <input
          id={allowId}
          type="checkbox"
          className="mt-0.5 size-4 accent-accent-600"
          checked={values.allowNonRestoredState}
          onChange={(e) => {
            set('allowNonRestoredState', e.target.checked);
            touch('allowNonRestoredState');
          }}
          aria-describedby={[`${allowId}-hint`, allowError && `${allowId}-error`].filter(Boolean).join(' ')}
          aria-invalid={allowError ? true : undefined}
        />
        <div>
          <label htmlFor={allowId} className="text-sm font-medium">
            Allow non-restored state
          </label>
          <p id={`${allowId}-hint`} className="text-xs text-fg-muted">
            Start even if some state in the savepoint belongs to no operator of the job; that state is dropped.
          </p>
          {allowError && (
            <p id={`${allowId}-error`} className="text-xs font-medium text-red-600 dark:text-red-400">
              {allowError}
            </p>
          )}
        </div>
      </div>
      <Input
        label="Periodic savepoint interval"
        placeholder="6h"
        spellCheck={false}
        hint="Optional: a duration such as 6h or 30m, or a Quartz cron expression. Needs a savepoint directory."
        {...text('periodicSavepointInterval')}
      />
    </FormSection>
  );
}
