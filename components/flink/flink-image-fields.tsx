'use client';
// The image a Flink resource runs (application, session), its pull policy, and the Flink version
// in it, chosen from the versions the cluster's CRD accepts (flinkVersionOptions).
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { IMAGE_PULL_POLICIES } from '@/lib/validation/flink';
import { flinkVersionOptions } from './format';
import type { TextControlProps } from './use-spec-form';
import { IMAGE_MAX } from '@/lib/validation/limits';

const PULL_POLICY_OPTIONS = [{ value: '', label: "Kubernetes' default" }, ...IMAGE_PULL_POLICIES.map((p) => ({ value: p, label: p }))];

interface FlinkImageFieldsProps {
  image: TextControlProps;
  imageHint: string;
  imagePullPolicy: TextControlProps;
  flinkVersion: TextControlProps;
  flinkVersions: string[];
}

export function FlinkImageFields({ image, imageHint, imagePullPolicy, flinkVersion, flinkVersions }: FlinkImageFieldsProps) {
  const versions = flinkVersionOptions(flinkVersions, flinkVersion.value);
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_12rem]">
        <Input maxLength={IMAGE_MAX} label="Image" required placeholder="flink:1.20" spellCheck={false} hint={imageHint} {...image} />
        <Select label="Pull policy" options={PULL_POLICY_OPTIONS} {...imagePullPolicy} />
      </div>
      <Select
        label="Flink version"
        options={versions.length > 0 ? versions : [{ value: '', label: 'None offered by the cluster' }]}
        hint="The Flink version in the image: the versions the cluster's Flink operator CRD accepts (from 1.15 on)."
        {...flinkVersion}
      />
    </>
  );
}
