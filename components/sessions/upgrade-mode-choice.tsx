'use client';
// A session job's upgrade mode as radio cards, each with what happens to the job's state (the
// application form's words, UPGRADE_MODE_HELP).
import { CompositeField } from '@/components/applications/composite-field';
import { UPGRADE_MODE_HELP } from '@/components/applications/upgrade-mode-field';
import { cn } from '@/components/ui/cn';
import { UPGRADE_MODES, type UpgradeMode } from '@/lib/validation/flink';

interface UpgradeModeChoiceProps {
  id: string;
  value: UpgradeMode;
  onChange: (mode: UpgradeMode) => void;
  error?: string;
}

export function UpgradeModeChoice({ id, value, onChange, error }: UpgradeModeChoiceProps) {
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
