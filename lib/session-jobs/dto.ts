// What callers see of a session job: never a raw row.
import { sessionSavepointDir } from '@/lib/flink-resources/action-rules';
import { reconciledFields } from '@/lib/flink-resources/dto';
import type { SessionJobSpec } from '@/lib/validation/flink';
import type { SessionJobDto } from '@/lib/validation/sessions';
import type { SessionJobRow } from './load';

export function toSessionJobDto(row: SessionJobRow, workspaceName: string, session: { name: string; spec: Record<string, unknown> }): SessionJobDto {
  const { jobManagerDeploymentStatus: _jm, ...fields } = reconciledFields(row, workspaceName);
  void _jm; // the session's JobManager, not the job's
  return { ...fields, spec: row.spec as unknown as SessionJobSpec, desiredState: row.desiredState, session: session.name, inheritedSavepointDir: sessionSavepointDir(session.spec) };
}
