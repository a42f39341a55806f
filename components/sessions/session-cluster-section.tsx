'use client';
// The session form's first section: the session's name, its Flink image and version.
import { ClusterIdentityFields } from '@/components/flink/cluster-identity-fields';
import { FormSection } from '@/components/flink/form-section';
import type { SessionForm } from './use-session-form';

export function SessionClusterSection({ form, flinkVersions, editing }: { form: SessionForm; flinkVersions: string[]; editing: boolean }) {
  return (
    <FormSection title="Session cluster" description="The Flink cluster its jobs share: the image with Flink, and its version.">
      <ClusterIdentityFields form={form} flinkVersions={flinkVersions} editing={editing} instead="create a new session instead" imageHint="A Flink image; jobs bring their own jars when submitted." />
    </FormSection>
  );
}
