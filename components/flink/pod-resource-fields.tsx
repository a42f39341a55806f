'use client';
// One pod's resources in a spec form (JobManager, TaskManager): CPU and memory with their
// defaults, as a named group so "CPU" is read as "JobManager, CPU"; more fields may follow.
import type { ReactNode } from 'react';
import { cn } from '@/components/ui/cn';
import { Input } from '@/components/ui/input';
import type { TextControlProps } from './use-spec-form';
import { SHORT_VALUE_MAX } from '@/lib/validation/limits';

interface PodResourceFieldsProps {
  legend: string;
  defaults: { cpu: number; memory: string };
  cpu: TextControlProps;
  memory: TextControlProps;
  /** Columns of the row at sm and up: the fields of all pods of a form line up. */
  columns: 3 | 4;
  children?: ReactNode;
}

export function PodResourceFields({ legend, defaults, cpu, memory, columns, children }: PodResourceFieldsProps) {
  return (
    <fieldset className={cn('grid gap-3', columns === 3 ? 'sm:grid-cols-3' : 'sm:grid-cols-4')}>
      <legend className="mb-2 text-sm font-medium">{legend}</legend>
      <Input label="CPU" inputMode="decimal" hint={`Default ${defaults.cpu}.`} {...cpu} />
      <Input maxLength={SHORT_VALUE_MAX} label="Memory" spellCheck={false} hint={`Default ${defaults.memory}.`} {...memory} />
      {children}
    </fieldset>
  );
}
