'use client';
// The session form's resources: the JobManager and TaskManager pods, how many TaskManagers the
// session keeps, and the slots for jobs that makes.
import { FormSection } from '@/components/applications/form-section';
import { Input } from '@/components/ui/input';
import { DEFAULT_JOB_MANAGER, DEFAULT_TASK_MANAGER } from '@/lib/validation/flink';
import type { SessionForm } from './use-session-form';

const FIELDS = ['jobManager.cpu', 'jobManager.memory', 'taskManager.cpu', 'taskManager.memory', 'taskManager.slots', 'taskManager.replicas'] as const;

/** "2 TaskManagers × 4 slots = 8 slots for jobs", or null while the numbers are not whole. */
function capacityText(replicas: string, slots: string): string | null {
  const r = Number(replicas || 1);
  const s = Number(slots || DEFAULT_TASK_MANAGER.slots);
  if (!Number.isInteger(r) || !Number.isInteger(s) || r < 1 || s < 1) return null;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
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
      {/* Each pod's fields form a named group, so "CPU" is read as "JobManager, CPU". */}
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-medium">JobManager</legend>
        <Input label="CPU" inputMode="decimal" hint={`Default ${DEFAULT_JOB_MANAGER.cpu}.`} {...text('jobManagerCpu')} />
        <Input label="Memory" spellCheck={false} hint={`Default ${DEFAULT_JOB_MANAGER.memory}.`} {...text('jobManagerMemory')} />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-4">
        <legend className="mb-2 text-sm font-medium">TaskManagers</legend>
        <Input label="CPU" inputMode="decimal" hint={`Default ${DEFAULT_TASK_MANAGER.cpu}.`} {...text('taskManagerCpu')} />
        <Input label="Memory" spellCheck={false} hint={`Default ${DEFAULT_TASK_MANAGER.memory}.`} {...text('taskManagerMemory')} />
        <Input label="Slots" inputMode="numeric" hint="Per TaskManager." {...text('taskManagerSlots')} />
        <Input label="Replicas" inputMode="numeric" hint="TaskManagers kept." {...text('taskManagerReplicas')} />
      </fieldset>
      {capacity && (
        <p className="text-sm text-fg-muted" aria-live="polite">
          Capacity: <span className="font-medium text-fg">{capacity}</span>
        </p>
      )}
    </FormSection>
  );
}
