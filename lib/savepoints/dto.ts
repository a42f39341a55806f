// What callers see of a savepoint.
import type { SavepointDto } from '@/lib/validation/applications';
import type { SavepointRow } from './request';

export function toSavepointDto(row: SavepointRow): SavepointDto {
  return {
    id: row.id,
    name: row.name,
    targetName: row.targetName,
    targetKind: row.deploymentId ? 'application' : row.sessionJobId ? 'session_job' : null,
    trigger: row.trigger,
    state: row.state,
    path: row.path,
    error: row.error,
    createdAt: row.createdAt.toISOString(),
    completedAt: row.completedAt?.toISOString() ?? null,
    lastObservedAt: row.lastObservedAt?.toISOString() ?? null,
  };
}
