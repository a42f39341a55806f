'use client';
// The application form's resources: CPU and memory of the JobManager and TaskManager pods, and
// the TaskManager's slots.
import { Input } from '@/components/ui/input';
import { DEFAULT_JOB_MANAGER, DEFAULT_TASK_MANAGER } from '@/lib/validation/flink';
import { POD_FIELDS } from '@/components/flink/cluster-form-values';
import { FormSection } from '@/components/flink/form-section';
import { PodResourceFields } from '@/components/flink/pod-resource-fields';
import type { ApplicationForm } from './use-application-form';

export function ResourcesSection({ form }: { form: ApplicationForm }) {
  const { text } = form;
  return (
    <FormSection
      title="Resources"
      description="Per pod. Memory as 2048m, 2g or 2Gi. TaskManagers are started as the job's parallelism needs slots."
      collapsible
      defaultOpen
      forceOpen={form.hasVisibleError(POD_FIELDS)}
    >
      <PodResourceFields legend="JobManager" defaults={DEFAULT_JOB_MANAGER} cpu={text('jobManagerCpu')} memory={text('jobManagerMemory')} columns={3} />
      <PodResourceFields legend="TaskManager" defaults={DEFAULT_TASK_MANAGER} cpu={text('taskManagerCpu')} memory={text('taskManagerMemory')} columns={3}>
        <Input label="Slots" inputMode="numeric" hint={`Default ${DEFAULT_TASK_MANAGER.slots}.`} {...text('taskManagerSlots')} />
      </PodResourceFields>
    </FormSection>
  );
}
