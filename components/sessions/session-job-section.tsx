'use client';
// The session job form's first section: the job's name, its jar and how it starts.
import { FormSection } from '@/components/flink/form-section';
import { ResourceNameField } from '@/components/flink/resource-name-field';
import { JobEntryFields } from '@/components/flink/job-entry-fields';
import { Input } from '@/components/ui/input';
import type { SessionJobForm } from './use-session-job-form';
import { URI_MAX } from '@/lib/validation/limits';

export function SessionJobSection({ form, session, editing }: { form: SessionJobForm; session: string; editing: boolean }) {
  const { text } = form;
  return (
    <FormSection title="Job" description={`The jar to run in the session ${session}, and how it starts.`}>
      <ResourceNameField control={text('name')} editing={editing} instead="submit a new job instead" kind="FlinkSessionJob" />
      <Input maxLength={URI_MAX}
        label="Jar URI"
        required
        placeholder="https://artifacts.example.com/jobs/clicks.jar"
        spellCheck={false}
        hint="The operator accepts only https:// jar URLs for session jobs, on a host it can reach."
        {...text('jarURI')}
      />
      <JobEntryFields entryClass={text('entryClass')} parallelism={text('parallelism')} parallelismHint="Slots it takes. Default 1." args={text('args')} />
    </FormSection>
  );
}
