'use client';
// The upgrade mode as three radio cards, each saying what happens to the job's state when it is
// suspended or upgraded, and what it needs.
import { cn } from '@/components/ui/cn';
import { UPGRADE_MODES, type UpgradeMode } from '@/lib/validation/flink';
import { CompositeField } from './composite-field';
import { fieldId } from './form-fields';
import type { ApplicationForm } from './use-application-form';

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

export function UpgradeModeField({ form }: { form: ApplicationForm }) {
  const { values, set, touch } = form;
  return (
    <CompositeField id={fieldId('upgradeMode')} legend="Upgrade mode" hint="How the job's state is kept when it is suspended, upgraded or restarted." error={form.errorOf('upgradeMode')}>
      {(describedBy) => (
        <div className="flex flex-col divide-y divide-border rounded-md border border-border">
          {UPGRADE_MODES.map((mode) => {
            const checked = values.upgradeMode === mode;
            const id = `${fieldId('upgradeMode')}-${mode}`;
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
                  name="upgradeMode"
                  value={mode}
                  // The checked radio takes focus on errors, as a keyboard user would land on it.
                  id={checked ? fieldId('upgradeMode') : undefined}
                  checked={checked}
                  onChange={() => {
                    set('upgradeMode', mode);
                    touch('upgradeMode');
                  }}
                  // Named by its title alone; the explanation is its description.
                  aria-labelledby={`${id}-title`}
                  aria-describedby={[id, describedBy].filter(Boolean).join(' ')}
                  className="mt-1 accent-accent-600"
                />
                <span className="flex flex-col gap-0.5">
                  <span id={`${id}-title`} className="font-medium">
                    {UPGRADE_MODE_HELP[mode].title}
                  </span>
                  <span id={id} className="text-xs leading-relaxed text-fg-muted">
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
