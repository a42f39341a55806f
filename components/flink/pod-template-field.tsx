'use client';
// The pod template of a Flink cluster (application, session), as YAML the operator merges into
// the JobManager and TaskManager pods.
import { Textarea } from '@/components/ui/textarea';
import type { TextControlProps } from './use-spec-form';
import { POD_TEMPLATE_MAX } from '@/lib/validation/limits';

export function PodTemplateField({ control, rows }: { control: TextControlProps; rows: number }) {
  return (
    <Textarea maxLength={POD_TEMPLATE_MAX}
      label="Pod template (YAML)"
      mono
      rows={rows}
      spellCheck={false}
      placeholder={'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: flink-main-container\n      env:\n        - name: TZ\n          value: UTC'}
      hint={`Merged into the JobManager and TaskManager pods by the operator: environment variables, volumes, sidecars, node selectors. Checked against the workspace's Pod Security level (no host namespaces, host paths, privilege or other service accounts). At most ${POD_TEMPLATE_MAX.toLocaleString('en')} characters.`}
      {...control}
    />
  );
}
