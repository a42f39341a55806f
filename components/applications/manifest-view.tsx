'use client';
// The Manifest tab: the FlinkDeployment Flotilla applies for the current desired state, as YAML.
import { useMemo } from 'react';
import { stringify } from 'yaml';
import { Loading } from './detail-list';
import { useApplicationPart } from './queries';
import { YamlBlock } from './yaml-block';

export function ManifestView({ orgSlug, ws, app }: { orgSlug: string; ws: string; app: string }) {
  const { data, error } = useApplicationPart(orgSlug, ws, app, 'manifest');
  const yaml = useMemo(() => (data ? stringify(data) : null), [data]);
  if (yaml === null) return <Loading error={error} />;
  return (
    <YamlBlock
      text={yaml}
      label="FlinkDeployment manifest"
      className="max-h-[36rem]"
      note={<p className="text-sm text-fg-muted">The FlinkDeployment Flotilla applies for the current desired state.</p>}
    />
  );
}
