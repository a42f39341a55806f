'use client';
// The first fields of a Flink cluster's form (application, session): the FlinkDeployment's name,
// the image with Flink, its pull policy and the Flink version in it.
import { FlinkImageFields } from './flink-image-fields';
import { ResourceNameField } from './resource-name-field';
import type { TextControlProps } from './use-spec-form';

/** What the fields need of a spec form whose values hold the cluster part. */
export interface ClusterIdentityForm {
  text: (key: 'name' | 'image' | 'imagePullPolicy' | 'flinkVersion') => TextControlProps;
}

interface ClusterIdentityFieldsProps {
  form: ClusterIdentityForm;
  flinkVersions: string[];
  editing: boolean;
  /** What to do instead of renaming: "create a new application instead". */
  instead: string;
  imageHint: string;
}

export function ClusterIdentityFields({ form, flinkVersions, editing, instead, imageHint }: ClusterIdentityFieldsProps) {
  const { text } = form;
  return (
    <>
      <ResourceNameField control={text('name')} editing={editing} instead={instead} kind="FlinkDeployment" />
      <FlinkImageFields image={text('image')} imageHint={imageHint} imagePullPolicy={text('imagePullPolicy')} flinkVersion={text('flinkVersion')} flinkVersions={flinkVersions} />
    </>
  );
}
