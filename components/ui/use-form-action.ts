'use client';
// useActionState for forms whose fields are uncontrolled: React resets a form after its action
// runs, so a refused submission would come back empty. This keeps what was submitted (text
// values) for the fields' `defaultValue`/`defaultChecked`, which the reset then restores.
import { useActionState } from 'react';

/** Every text value submitted under each name (checkbox groups submit several). */
export type SubmittedValues = Record<string, string[] | undefined>;

export function useFormAction<R extends { ok: boolean }>(action: (prev: R | null, form: FormData) => Promise<R | null>, onSuccess?: (result: R) => void) {
  const [kept, formAction, pending] = useActionState(
    async (prev: { result: R | null; values: SubmittedValues }, form: FormData) => {
      const result = await action(prev.result, form);
      if (result?.ok) {
        onSuccess?.(result);
        return { result, values: {} };
      }
      return { result, values: textValues(form) };
    },
    { result: null, values: {} },
  );
  const values: Record<string, string | undefined> = Object.fromEntries(Object.entries(kept.values).map(([name, all]) => [name, all?.[0]]));
  return { state: kept.result, formAction, pending, values, submitted: kept.values };
}

function textValues(form: FormData): SubmittedValues {
  const values: SubmittedValues = {};
  for (const [name, value] of form.entries()) if (typeof value === 'string') values[name] = [...(values[name] ?? []), value];
  return values;
}
