// What callers see of a session: its status, its capacity in slots and how many jobs it runs.
import type { flinkDeployments } from '@/lib/db/schema';
import { reconciledFields } from '@/lib/flink-resources/dto';
import type { SessionSpec } from '@/lib/validation/flink';
import type { SessionDto } from '@/lib/validation/sessions';

export function toSessionDto(row: typeof flinkDeployments.$inferSelect, workspaceName: string, jobs: { total: number; running: number }): SessionDto {
  const spec = row.spec as unknown as SessionSpec;
  const { job: _job, ...fields } = reconciledFields(row, workspaceName);
  void _job; // a session runs no job of its own
  const taskManagers = spec.taskManager.replicas;
  const slotsPerTaskManager = spec.taskManager.slots;
  return { ...fields, spec, capacity: { taskManagers, slotsPerTaskManager, slots: taskManagers * slotsPerTaskManager }, jobs };
}
