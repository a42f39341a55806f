'use client';
// The application form: its values checked as the service checks them (checkApplication: zod and
// every operator rule) and previewed as the exact FlinkDeployment it would apply. The state,
// touch and error behaviour is the shared spec form's (components/flink/use-spec-form).
import { useMemo } from 'react';
import { useSpecForm, type SpecFormDefinition, type SpecTarget } from '@/components/flink/use-spec-form';
import { buildApplicationDeployment } from '@/lib/k8s/flink/build-flink-deployment';
import { checkApplication } from '@/lib/k8s/flink/check-spec';
import { newestFlinkVersion, type ValidationContext } from '@/lib/k8s/flink/validate';
import { ApplicationSpec, type JobState } from '@/lib/validation/flink';
import { FIELD_OF_VALUE, FORM_FIELDS, type FormField } from './form-fields';
import { specInputFromValues, type ApplicationFormValues } from './form-values';

export interface FormOptions {
  check: ValidationContext;
  target: SpecTarget;
  /** Editing: the desired state the application keeps (the form never changes it). */
  state?: JobState;
}

export function useApplicationForm(initial: () => ApplicationFormValues, { check: checkContext, target, state }: FormOptions) {
  const definition = useMemo<SpecFormDefinition<ApplicationFormValues, FormField, ApplicationSpec>>(() => {
    const withState = (input: Record<string, unknown>) => (state ? { ...input, state } : input);
    return {
      fields: FORM_FIELDS,
      fieldOf: FIELD_OF_VALUE,
      idPrefix: 'application',
      toInput: specInputFromValues,
      check: (input) => checkApplication(withState(input), checkContext),
      // Shown only once the check passes (specPreviewText): a refused value is never previewed.
      preview: (input) => {
        const parsed = ApplicationSpec.safeParse(withState(input));
        if (!parsed.success) return null;
        const spec = { ...parsed.data, flinkVersion: parsed.data.flinkVersion ?? newestFlinkVersion(checkContext.flinkVersions) };
        return buildApplicationDeployment({ ...target, spec });
      },
    };
  }, [checkContext, target, state]);
  return useSpecForm(initial, definition);
}

export type ApplicationForm = ReturnType<typeof useApplicationForm>;
