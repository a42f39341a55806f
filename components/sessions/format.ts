// How the session pages word a session's own facts (JobManager state, capacity, TaskManager
// pods); what every Flink resource shares is components/flink/format. Pure.
import { plural, podResources } from '@/components/flink/format';
import type { SessionSpec } from '@/lib/validation/flink';
import type { SessionDto } from '@/lib/validation/sessions';

/** The operator's JobManagerDeploymentStatus ("DEPLOYED_NOT_READY") as words. */
export function jobManagerStatusLabel(status: string | null): string {
  if (!status) return 'Not reported';
  if (status === 'DEPLOYED_NOT_READY') return 'Deployed, not ready';
  const words = status.replace(/_/g, ' ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** "8 slots" and "2 TaskManagers × 4 slots". */
export function capacityLabel(capacity: SessionDto['capacity']): { slots: string; detail: string } {
  return { slots: plural(capacity.slots, 'slot'), detail: `${plural(capacity.taskManagers, 'TaskManager')} × ${plural(capacity.slotsPerTaskManager, 'slot')}` };
}

export function taskManagerLabel(spec: SessionSpec): string {
  return `${plural(spec.taskManager.replicas, 'pod')} × ${podResources(spec.taskManager)} · ${plural(spec.taskManager.slots, 'slot')} each`;
}
