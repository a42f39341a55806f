'use client';
// The name of an application, session or session job in its form: it names the Kubernetes
// object, so it is fixed once created.
import { Input } from '@/components/ui/input';
import type { TextControlProps } from './use-spec-form';
import { FLINK_NAME_MAX } from '@/lib/validation/names';

interface ResourceNameFieldProps {
  control: TextControlProps;
  editing: boolean;
  /** What to do instead of renaming: "create a new application instead". */
  instead: string;
  /** The object the name is given to: FlinkDeployment, FlinkSessionJob. */
  kind: string;
}

export function ResourceNameField({ control, editing, instead, kind }: ResourceNameFieldProps) {
  return (
    <Input maxLength={FLINK_NAME_MAX}
      label="Name"
      required
      autoComplete="off"
      spellCheck={false}
      readOnly={editing}
      hint={editing ? `The name cannot change: ${instead}.` : `Lower-case letters, digits and dashes, at most 45; the ${kind} is named so.`}
      {...control}
    />
  );
}
