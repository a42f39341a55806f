'use client';
// The application form's resources: CPU and memory of the JobManager and TaskManager pods, and
// the TaskManager's slots.
import { Input } from '@/components/ui/input';
import { DEFAULT_JOB_MANAGER, DEFAULT_TASK_MANAGER } from '@/lib/validation/flink';
import { FormSection } from './form-section';
import type { ApplicationForm } from './use-application-form';

const FIELDS = ['jobManager.cpu', 'jobManager.memory', 'taskManager.cpu', 'taskManager.memory', 'taskManager.slots'] as const;

export function ResourcesSection({ form }: { form: ApplicationForm }) {
  const { text } = form;
  return (
    <FormSection
      title="Resources"
      description="Per pod. Memory as 2048m, 2g or 2Gi. TaskManagers are started as the job's parallelism needs slots."
      collapsible
      defaultOpen
      forceOpen={form.hasVisibleError(FIELDS)}
    >
      {/* Each pod's fields form a named group, so "CPU" is read as "JobManager, CPU". */}
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">JobManager</legend>
        <Input label="CPU" inputMode="decimal" hint={`Default ${DEFAULT_JOB_MANAGER.cpu}.`} {...text('jobManagerCpu')} />
        <Input label="Memory" spellCheck={false} hint={`Default ${DEFAULT_JOB_MANAGER.memory}.`} {...text('jobManagerMemory')} />
      </fieldset>
      <fieldset className="grid gap-3 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium">TaskManager</legend>
        <Input label="CPU" inputMode="decimal" hint={`Default ${DEFAULT_TASK_MANAGER.cpu}.`} {...text('taskManagerCpu')} />
        <Input label="Memory" spellCheck={false} hint={`Default ${DEFAULT_TASK_MANAGER.memory}.`} {...text('taskManagerMemory')} />
        <Input label="Slots" inputMode="numeric" hint={`Default ${DEFAULT_TASK_MANAGER.slots}.`} {...text('taskManagerSlots')} />
      </fieldset>
    </FormSection>
  );
}
