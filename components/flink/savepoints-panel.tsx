'use client';
// The Savepoints tab of an application or session job: every savepoint of it, newest first, live.
import { useQuery } from '@tanstack/react-query';
import { Loading, Nothing } from '@/components/flink/detail-list';
import { SavepointsTable } from './savepoints-table';
import type { SavepointDto } from '@/lib/validation/applications';
import type { PartQuery } from './queries';

export function SavepointsPanel({ query, copyPaths }: { query: PartQuery<SavepointDto[]>; copyPaths?: boolean }) {
  const { data, error } = useQuery(query);
  if (!data) return <Loading error={error} />;
  if (data.length === 0) {
    return (
      <Nothing title="No savepoints yet">
        Savepoints taken on request, before a deletion or periodically appear here with their paths. A savepoint needs a running job and a savepoint directory.
      </Nothing>
    );
  }
  return <SavepointsTable savepoints={data} copyPaths={copyPaths} />;
}
