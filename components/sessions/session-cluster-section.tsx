'use client';
// The session form's first section: the session's name, its Flink image and version.
import { FlinkImageFields } from '@/components/flink/flink-image-fields';
import { FormSection } from '@/components/flink/form-section';
import { ResourceNameField } from '@/components/flink/resource-name-field';
import type { SessionForm } from './use-session-form';

export function SessionClusterSection({ form, flinkVersions, editing }: { form: SessionForm; flinkVersions: string[]; editing: boolean }) {
  const { text } = form;
  return (
    <FormSection title="Session cluster" description="The Flink cluster its jobs share: the image with Flink, and its version.">
      <ResourceNameField control={text('name')} editing={editing} instead="create a new session instead" kind="FlinkDeployment" />
      <FlinkImageFields
        image={text('image')}
        imageHint="A Flink image; jobs bring their own jars when submitted."
        imagePullPolicy={text('imagePullPolicy')}
        flinkVersion={text('flinkVersion')}
        flinkVersions={flinkVersions}
      />
    </FormSection>
  );
}
