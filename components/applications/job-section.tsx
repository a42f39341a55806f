'use client';
// The application form's first section: name, Flink version, image, jar and how the job starts.
import { ClusterIdentityFields } from '@/components/flink/cluster-identity-fields';
import { FormSection } from '@/components/flink/form-section';
import { JobEntryFields } from '@/components/flink/job-entry-fields';
import { Input } from '@/components/ui/input';
import type { ApplicationForm } from './use-application-form';

export function JobSection({ form, flinkVersions, editing }: { form: ApplicationForm; flinkVersions: string[]; editing: boolean }) {
  const { text } = form;
  return (
    <FormSection title="Job" description="What runs: the container image with Flink, and the jar with your job.">
      <ClusterIdentityFields
        form={form}
        flinkVersions={flinkVersions}
        editing={editing}
        instead="create a new application instead"
        imageHint="A Flink image with your job's jar, or Flink's own with a jar fetched at start."
      />
      <Input
        label="Jar URI"
        required
        placeholder="local:///opt/flink/usrlib/job.jar"
        spellCheck={false}
        hint="local:// for a jar inside the image, or https://, s3://… for one the operator downloads."
        {...text('jarURI')}
      />
      <JobEntryFields entryClass={text('entryClass')} parallelism={text('parallelism')} parallelismHint="Default 1." args={text('args')} />
    </FormSection>
  );
}
