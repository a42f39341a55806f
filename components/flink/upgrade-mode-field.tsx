'use client';
// A job's upgrade mode (application, session job) as three radio cards, each saying what happens
// to the job's state when it is suspended or upgraded, and what it needs.
import { cn } from '@/components/ui/cn';
import { UPGRADE_MODES, type UpgradeMode } from '@/lib/validation/flink';
import { CompositeField } from './composite-field';

export const UPGRADE_MODE_HELP: Record<UpgradeMode, { title: string; text: string }> = {
  stateless: {
    title: 'Stateless',
    text: 'Suspending or upgrading cancels the job without keeping its state; it starts again empty. For jobs without state, or that rebuild it from their sources.',
  },
  savepoint: {
    title: 'Savepoint',
    text: 'A savepoint is taken before the job stops, and the job resumes from it: the safest way to keep state. Needs checkpoint and savepoint directories.',
  },
  'last-state': {
    title: 'Last state',
    text: 'The job resumes from its latest checkpoint, without waiting for a savepoint: quick, and works when the job cannot take one. Needs a checkpoint directory.',
  },
};

interface UpgradeModeFieldProps {
  id: string;
  value: UpgradeMode;
  onChange: (mode: UpgradeMode) => void;
  error?: string;
}

export function UpgradeModeField({ id, value, onChange, error }: UpgradeModeFieldProps) {
  return (
    <CompositeField id={id} legend="Upgrade mode" hint="How the job's state is kept when it is suspended, upgraded or restarted." error={error}>
      {(describedBy) => (
        <div className="flex flex-col divide-y divide-border rounded-md border border-border">
          {UPGRADE_MODES.map((mode) => {
            const checked = value === mode;
            const textId = `${id}-${mode}`;
            return (
              <label
                key={mode}
                className={cn(
                  'flex cursor-pointer items-start gap-3 px-3 py-2.5 text-sm transition-colors first:rounded-t-md last:rounded-b-md',
                  checked ? 'bg-accent-50 dark:bg-accent-600/15' : 'hover:bg-surface-muted/60',
                )}
              >
                <input
                  type="radio"
                  name={id}
                  value={mode}
                  // The checked radio takes focus on errors, as a keyboard user would land on it.
                  id={checked ? id : undefined}
                  checked={checked}
                  onChange={() => onChange(mode)}
                  // Named by its title alone; the explanation is its description.
                  aria-labelledby={`${textId}-title`}
                  aria-describedby={[textId, describedBy].filter(Boolean).join(' ')}
                  className="mt-1 accent-accent-600"
                />
                <span className="flex flex-col gap-0.5">
                  <span id={`${textId}-title`} className="font-medium">
                    {UPGRADE_MODE_HELP[mode].title}
                  </span>
                  <span id={textId} className="text-xs leading-relaxed text-fg-muted">
                    {UPGRADE_MODE_HELP[mode].text}
                  </span>
                </span>
              </label>
            );
          })}
        </div>
      )}
    </CompositeField>
  );
}
