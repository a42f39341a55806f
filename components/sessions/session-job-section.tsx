'use client';
// The session job form's first section: the job's name, its jar and how it starts.
import { FormSection } from '@/components/applications/form-section';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { SessionJobForm } from './use-session-job-form';

export function SessionJobSection({ form, session, editing }: { form: SessionJobForm; session: string; editing: boolean }) {
  const { text } = form;
  return (
    <FormSection title="Job" description={`The jar to run in the session ${session}, and how it starts.`}>
      <Input
        label="Name"
        required
        autoComplete="off"
        spellCheck={false}
        readOnly={editing}
        hint={editing ? 'The name cannot change: submit a new job instead.' : 'Lower-case letters, digits and dashes, at most 45; the FlinkSessionJob is named so.'}
        {...text('name')}
      />
      <Input
        label="Jar URI"
        required
        placeholder="https://artifacts.example.com/jobs/clicks.jar"
        spellCheck={false}
        hint="The operator accepts only https:// jar URLs for session jobs, on a host it can reach."
        {...text('jarURI')}
      />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_9rem]">
        <Input label="Entry class" placeholder="com.example.Job" spellCheck={false} hint="Leave empty to use the jar's Main-Class." {...text('entryClass')} />
        <Input label="Parallelism" inputMode="numeric" hint="Slots it takes. Default 1." {...text('parallelism')} />
      </div>
      <Textarea label="Arguments" mono rows={3} spellCheck={false} placeholder={'--input\ns3://bucket/input'} hint="One per line, passed to the job's main method." {...text('args')} />
    </FormSection>
  );
}
