'use client';
// The Manifest tab of an application, session or session job: the object Flotilla applies for the
// current desired state, as YAML.
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { stringify } from 'yaml';
import { Loading } from '@/components/flink/detail-list';
import { YamlBlock } from '@/components/flink/yaml-block';
import type { PartQuery } from './queries';

export function ManifestPanel<T extends object>({ query, kind }: { query: PartQuery<T>; kind: string }) {
  const { data, error } = useQuery(query);
  const yaml = useMemo(() => (data ? stringify(data) : null), [data]);
  if (yaml === null) return <Loading error={error} />;
  return (
    <YamlBlock
      text={yaml}
      label={`${kind} manifest`}
      className="max-h-[36rem]"
      note={<p className="text-sm text-fg-muted">The {kind} Flotilla applies for the current desired state.</p>}
    />
  );
}
