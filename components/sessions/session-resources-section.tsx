'use client';
// The session form's resources: the JobManager and TaskManager pods, how many TaskManagers the
// session keeps, and the slots for jobs that makes.
import { POD_FIELDS } from '@/components/flink/cluster-form-values';
import { FormSection } from '@/components/flink/form-section';
import { plural } from '@/components/flink/format';
import { PodResourceFields } from '@/components/flink/pod-resource-fields';
import { Input } from '@/components/ui/input';
import { DEFAULT_JOB_MANAGER, DEFAULT_TASK_MANAGER } from '@/lib/validation/flink';
import type { SessionForm } from './use-session-form';

const FIELDS = [...POD_FIELDS, 'taskManager.replicas'] as const;

/** "2 TaskManagers × 4 slots = 8 slots for jobs", or null while the numbers are not whole. */
function capacityText(replicas: string, slots: string): string | null {
  const r = Number(replicas || 1);
  const s = Number(slots || DEFAULT_TASK_MANAGER.slots);
  if (!Number.isInteger(r) || !Number.isInteger(s) || r < 1 || s < 1) return null;
  return `${plural(r, 'TaskManager')} × ${plural(s, 'slot')} = ${plural(r * s, 'slot')} for jobs`;
}

export function SessionResourcesSection({ form }: { form: SessionForm }) {
  const { text, values } = form;
  const capacity = capacityText(values.taskManagerReplicas, values.taskManagerSlots);
  return (
    <FormSection
      title="Resources"
      description="Per pod. Memory as 2048m, 2g or 2Gi. The session keeps its TaskManagers running whether jobs use them or not."
      collapsible
      defaultOpen
      forceOpen={form.hasVisibleError(FIELDS)}
    >
      <PodResourceFields legend="JobManager" defaults={DEFAULT_JOB_MANAGER} cpu={text('jobManagerCpu')} memory={text('jobManagerMemory')} columns={4} />
      <PodResourceFields legend="TaskManagers" defaults={DEFAULT_TASK_MANAGER} cpu={text('taskManagerCpu')} memory={text('taskManagerMemory')} columns={4}>
        <Input label="Slots" inputMode="numeric" hint="Per TaskManager." {...text('taskManagerSlots')} />
        <Input label="Replicas" inputMode="numeric" hint="TaskManagers kept." {...text('taskManagerReplicas')} />
      </PodResourceFields>
      {capacity && (
        <p className="text-sm text-fg-muted" aria-live="polite">
          Capacity: <span className="font-medium text-fg">{capacity}</span>
        </p>
      )}
    </FormSection>
  );
}
