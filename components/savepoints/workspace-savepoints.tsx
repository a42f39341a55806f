'use client';
// The Savepoints tab of a workspace, live: every savepoint of its applications and session jobs,
// newest first, with what it was taken of. They outlive what they were taken of: new
// deployments start from them.
import { SavepointIcon } from '@/components/icons';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { useWorkspaceSavepoints } from '@/components/sessions/queries';
import type { SavepointDto } from '@/lib/validation/applications';
import { SavepointsTable } from '@/components/flink/savepoints-table';
import { RefreshError } from '@/components/flink/refresh-error';

export function WorkspaceSavepoints({ orgSlug, ws, initial }: { orgSlug: string; ws: string; initial: SavepointDto[] }) {
  const { data: savepoints, error } = useWorkspaceSavepoints(orgSlug, ws, initial);
  return (
    <>
      <PageHeader
        level={2}
        title="Savepoints"
        description="Snapshots of the state of jobs, taken on request, on upgrade, before a deletion or periodically. Start a new job from one by its path."
      />
      {error && <RefreshError error={error} className="mb-4" />}
      {savepoints.length === 0 ? (
        <EmptyState icon={<SavepointIcon className="size-5" />} title="No savepoints yet" level={3}>
          Savepoints of the applications and session jobs of this workspace appear here, with their paths. A savepoint needs a running job and a savepoint directory.
        </EmptyState>
      ) : (
        <SavepointsTable savepoints={savepoints} target={{ applicationsHref: `/orgs/${orgSlug}/workspaces/${ws}/applications` }} />
      )}
    </>
  );
}
