'use client';
// The application form's state handling: the upgrade mode, where checkpoints and savepoints go,
// a savepoint to start from, and periodic savepoints.
import { Input } from '@/components/ui/input';
import { FormSection } from './form-section';
import { fieldId } from './form-fields';
import { UpgradeModeField } from './upgrade-mode-field';
import type { ApplicationForm } from './use-application-form';

const FIELDS = ['upgradeMode', 'checkpointDir', 'savepointDir', 'initialSavepointPath', 'allowNonRestoredState', 'periodicSavepointInterval'] as const;

export function StateSection({ form, editing }: { form: ApplicationForm; editing: boolean }) {
  const { text, values, set, touch } = form;
  const allowId = fieldId('allowNonRestoredState');
  return (
    <FormSection
      title="State and savepoints"
      description="Where the job keeps its state, and how it survives suspend and upgrades."
      collapsible
      defaultOpen
      forceOpen={form.hasVisibleError(FIELDS)}
    >
      <UpgradeModeField form={form} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input label="Checkpoint directory" placeholder="s3://bucket/checkpoints" spellCheck={false} hint="Shared storage all pods reach." {...text('checkpointDir')} />
        <Input label="Savepoint directory" placeholder="s3://bucket/savepoints" spellCheck={false} hint="Needed for savepoints of any kind." {...text('savepointDir')} />
      </div>
      <Input
        label="Start from savepoint"
        placeholder="s3://bucket/savepoints/savepoint-1a2b3c"
        spellCheck={false}
        hint={editing ? 'Read only when the job is first deployed.' : 'Optional: the job restores this savepoint when first deployed.'}
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
          aria-describedby={`${allowId}-hint`}
        />
        <div>
          <label htmlFor={allowId} className="text-sm font-medium">
            Allow non-restored state
          </label>
          <p id={`${allowId}-hint`} className="text-xs text-fg-muted">
            Start even if some state in the savepoint belongs to no operator of the job; that state is dropped.
          </p>
          {form.errorOf('allowNonRestoredState') && <p className="text-xs font-medium text-red-600 dark:text-red-400">{form.errorOf('allowNonRestoredState')}</p>}
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
