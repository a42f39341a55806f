// What callers see of an application: never a raw row.
import type { flinkDeployments } from '@/lib/db/schema';
import { reconciledFields } from '@/lib/flink-resources/dto';
import type { ApplicationSpec } from '@/lib/validation/flink';
import type { ApplicationDto } from '@/lib/validation/applications';

export type DeploymentRow = typeof flinkDeployments.$inferSelect;

export function toApplicationDto(row: DeploymentRow, workspaceName: string): ApplicationDto {
  return { ...reconciledFields(row, workspaceName), spec: row.spec as unknown as ApplicationSpec, desiredState: row.desiredState };
}
