'use client';
// The application form's first section: name, Flink version, image, jar and how the job starts.
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { IMAGE_PULL_POLICIES } from '@/lib/validation/flink';
import { FormSection } from './form-section';
import { flinkVersionLabel } from './format';
import type { ApplicationForm } from './use-application-form';

const PULL_POLICY_OPTIONS = [
  { value: '', label: "Kubernetes' default" },
  ...IMAGE_PULL_POLICIES.map((p) => ({ value: p, label: p })),
];

export function JobSection({ form, flinkVersions, editing }: { form: ApplicationForm; flinkVersions: string[]; editing: boolean }) {
  const { text } = form;
  const versions = [...flinkVersions].reverse().map((v) => ({ value: v, label: `Flink ${flinkVersionLabel(v)}` }));
  return (
    <FormSection title="Job" description="What runs: the container image with Flink, and the jar with your job.">
      <Input
        label="Name"
        required
        autoComplete="off"
        spellCheck={false}
        readOnly={editing}
        hint={editing ? 'The name cannot change: create a new application instead.' : 'Lower-case letters, digits and dashes, at most 45; the FlinkDeployment is named so.'}
        {...text('name')}
      />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <Input label="Image" required placeholder="flink:1.20" spellCheck={false} hint="A Flink image with your job's jar, or Flink's own with a jar fetched at start." {...text('image')} />
        <Select label="Pull policy" options={PULL_POLICY_OPTIONS} {...text('imagePullPolicy')} />
      </div>
      <Select
        label="Flink version"
        options={versions.length > 0 ? versions : [{ value: '', label: 'None offered by the cluster' }]}
        hint="The Flink version in the image; the versions offered are the ones the cluster's operator supports."
        {...text('flinkVersion')}
      />
      <Input
        label="Jar URI"
        required
        placeholder="local:///opt/flink/usrlib/job.jar"
        spellCheck={false}
        hint="local:// for a jar inside the image, or https://, s3://… for one the operator downloads."
        {...text('jarURI')}
      />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_9rem]">
        <Input label="Entry class" placeholder="com.example.Job" spellCheck={false} hint="Leave empty to use the jar's Main-Class." {...text('entryClass')} />
        <Input label="Parallelism" inputMode="numeric" hint="Default 1." {...text('parallelism')} />
      </div>
      <Textarea label="Arguments" mono rows={3} spellCheck={false} placeholder={'--input\ns3://bucket/input'} hint="One per line, passed to the job's main method." {...text('args')} />
    </FormSection>
  );
}
