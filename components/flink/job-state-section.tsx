'use client';
// A job's state handling in its form (application, session job): the upgrade mode, where
// checkpoints and savepoints go, a savepoint to start from, and periodic savepoints. The forms
// differ only in what the directories default to and in how the job first starts.
import { Input } from '@/components/ui/input';
import type { UpgradeMode } from '@/lib/validation/flink';
import { FormSection } from './form-section';
import { JOB_STATE_FIELDS } from './job-form-values';
import { SavepointStartFields } from './savepoint-start-fields';
import { UpgradeModeField } from './upgrade-mode-field';
import type { TextControlProps } from './use-spec-form';
import { URI_MAX } from '@/lib/validation/limits';

type JobStateField = (typeof JOB_STATE_FIELDS)[number];
type JobStateText = 'checkpointDir' | 'savepointDir' | 'initialSavepointPath' | 'periodicSavepointInterval';

/** What the section needs of a spec form whose values hold a job's state fields. */
export interface JobStateForm {
  values: { upgradeMode: UpgradeMode; allowNonRestoredState: boolean };
  text: (key: JobStateText) => TextControlProps;
  choose: {
    (key: 'upgradeMode', value: UpgradeMode): void;
    (key: 'allowNonRestoredState', value: boolean): void;
  };
  errorOf: (field: JobStateField) => string | undefined;
  fieldId: (field: JobStateField) => string;
  hasVisibleError: (fields: readonly JobStateField[]) => boolean;
}

interface JobStateSectionProps {
  form: JobStateForm;
  editing: boolean;
  /** When the job first starts: "deployed", "submitted". */
  started: string;
  checkpointHint: string;
  savepointHint: string;
}

export function JobStateSection({ form, editing, started, checkpointHint, savepointHint }: JobStateSectionProps) {
  const { text, values, fieldId } = form;
  return (
    <FormSection
      title="State and savepoints"
      description="Where the job keeps its state, and how it survives suspend and upgrades."
      collapsible
      defaultOpen
      forceOpen={form.hasVisibleError(JOB_STATE_FIELDS)}
    >
      <UpgradeModeField id={fieldId('upgradeMode')} value={values.upgradeMode} onChange={(mode) => form.choose('upgradeMode', mode)} error={form.errorOf('upgradeMode')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Input maxLength={URI_MAX} label="Checkpoint directory" placeholder="s3://bucket/checkpoints" spellCheck={false} hint={checkpointHint} {...text('checkpointDir')} />
        <Input maxLength={URI_MAX} label="Savepoint directory" placeholder="s3://bucket/savepoints" spellCheck={false} hint={savepointHint} {...text('savepointDir')} />
      </div>
      <SavepointStartFields
        initialSavepointPath={text('initialSavepointPath')}
        started={started}
        editing={editing}
        allowNonRestoredState={{
          id: fieldId('allowNonRestoredState'),
          checked: values.allowNonRestoredState,
          onChange: (checked) => form.choose('allowNonRestoredState', checked),
          error: form.errorOf('allowNonRestoredState'),
        }}
        periodicSavepointInterval={text('periodicSavepointInterval')}
      />
    </FormSection>
  );
}
