'use client';
// The session form's first section: the session's name, its Flink image and version.
import { FormSection } from '@/components/applications/form-section';
import { flinkVersionLabel } from '@/components/applications/format';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { IMAGE_PULL_POLICIES } from '@/lib/validation/flink';
import type { SessionForm } from './use-session-form';

const PULL_POLICIES = [{ value: '', label: "Kubernetes' default" }, ...IMAGE_PULL_POLICIES.map((p) => ({ value: p, label: p }))];

export function SessionClusterSection({ form, flinkVersions, editing }: { form: SessionForm; flinkVersions: string[]; editing: boolean }) {
  const { text } = form;
  const versions = [...flinkVersions].reverse().map((v) => ({ value: v, label: `Flink ${flinkVersionLabel(v)}` }));
  return (
    <FormSection title="Session cluster" description="The Flink cluster its jobs share: the image with Flink, and its version.">
      <Input
        label="Name"
        required
        autoComplete="off"
        spellCheck={false}
        readOnly={editing}
        hint={editing ? 'The name cannot change: create a new session instead.' : 'Lower-case letters, digits and dashes, at most 45; the FlinkDeployment is named so.'}
        {...text('name')}
      />
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <Input label="Image" required placeholder="flink:1.20" spellCheck={false} hint="A Flink image; jobs bring their own jars when submitted." {...text('image')} />
        <Select label="Pull policy" options={PULL_POLICIES} {...text('imagePullPolicy')} />
      </div>
      <Select
        label="Flink version"
        options={versions.length > 0 ? versions : [{ value: '', label: 'None offered by the cluster' }]}
        hint="The Flink version in the image; the versions offered are the ones the cluster's operator supports."
        {...text('flinkVersion')}
      />
    </FormSection>
  );
}
