'use client';
// How a job's jar is started (application, session job): its entry class, parallelism and
// arguments.
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import type { TextControlProps } from './use-spec-form';
import { CLASS_NAME_MAX, JOB_ARGS_MAX_ITEMS, JOB_ARG_MAX } from '@/lib/validation/limits';

interface JobEntryFieldsProps {
  entryClass: TextControlProps;
  parallelism: TextControlProps;
  parallelismHint: string;
  args: TextControlProps;
}

export function JobEntryFields({ entryClass, parallelism, parallelismHint, args }: JobEntryFieldsProps) {
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_9rem]">
        <Input maxLength={CLASS_NAME_MAX} label="Entry class" placeholder="com.example.Job" spellCheck={false} hint="Leave empty to use the jar's Main-Class." {...entryClass} />
        <Input label="Parallelism" inputMode="numeric" hint={parallelismHint} {...parallelism} />
      </div>
      <Textarea maxLength={JOB_ARGS_MAX_ITEMS * (JOB_ARG_MAX + 1)} label="Arguments" mono rows={3} spellCheck={false} placeholder={'--input\ns3://bucket/input'} hint={`One per line, passed to the job's main method; at most ${JOB_ARGS_MAX_ITEMS} of ${JOB_ARG_MAX} characters each.`} {...args} />
    </>
  );
}
