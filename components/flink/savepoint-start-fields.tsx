'use client';
// How a job (application, session job) starts from and keeps savepoints: a savepoint to start
// from, whether state that maps to no operator may be dropped, and periodic savepoints.
import { Input } from '@/components/ui/input';
import { AllowNonRestoredStateField } from './allow-non-restored-state-field';
import type { TextControlProps } from './use-spec-form';
import { SHORT_VALUE_MAX, URI_MAX } from '@/lib/validation/limits';

interface SavepointStartFieldsProps {
  initialSavepointPath: TextControlProps;
  /** When the job first starts: "deployed", "submitted". */
  started: string;
  editing: boolean;
  allowNonRestoredState: { id: string; checked: boolean; onChange: (checked: boolean) => void; error?: string };
  periodicSavepointInterval: TextControlProps;
}

export function SavepointStartFields({ initialSavepointPath, started, editing, allowNonRestoredState, periodicSavepointInterval }: SavepointStartFieldsProps) {
  return (
    <>
      <Input maxLength={URI_MAX}
        label="Start from savepoint"
        placeholder="s3://bucket/savepoints/savepoint-1a2b3c"
        spellCheck={false}
        hint={editing ? `Read only when the job is first ${started}.` : `Optional: the job restores this savepoint when first ${started}.`}
        {...initialSavepointPath}
      />
      <AllowNonRestoredStateField {...allowNonRestoredState} />
      <Input maxLength={SHORT_VALUE_MAX}
        label="Periodic savepoint interval"
        placeholder="6h"
        spellCheck={false}
        hint="Optional: a duration such as 6h or 30m, or a Quartz cron expression. Needs a savepoint directory."
        {...periodicSavepointInterval}
      />
    </>
  );
}
