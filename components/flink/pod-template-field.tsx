'use client';
// The pod template of a Flink cluster (application, session), as YAML the operator merges into
// the JobManager and TaskManager pods.
import { Textarea } from '@/components/ui/textarea';
import type { TextControlProps } from './use-spec-form';

export function PodTemplateField({ control, rows }: { control: TextControlProps; rows: number }) {
  return (
    <Textarea
      label="Pod template (YAML)"
      mono
      rows={rows}
      spellCheck={false}
      placeholder={'apiVersion: v1\nkind: Pod\nspec:\n  containers:\n    - name: flink-main-container\n      env:\n        - name: TZ\n          value: UTC'}
      hint="Merged into the JobManager and TaskManager pods by the operator: environment variables, volumes, sidecars, node selectors."
      {...control}
    />
  );
}
