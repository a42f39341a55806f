'use client';
// The session job form: its values checked as the service checks them (checkSessionJob, over the
// session's own configuration, which the job runs with) and previewed as the exact
// FlinkSessionJob that would be applied.
import { useMemo } from 'react';
import { buildSessionJob } from '@/lib/k8s/flink/build-flink-session-job';
import { checkSessionJob } from '@/lib/k8s/flink/check-spec';
import { buildFlinkConfiguration } from '@/lib/k8s/flink/flink-configuration';
import { SessionJobSpec, type JobState, type SessionSpec } from '@/lib/validation/flink';
import { SESSION_JOB_FIELD_OF, SESSION_JOB_FIELDS, sessionJobInputFromValues, type SessionJobFormValues } from './session-job-form-values';
import { useSpecForm, type SpecFormDefinition, type SpecTarget } from '@/components/flink/use-spec-form';

export interface SessionJobFormOptions {
  target: SpecTarget;
  session: { name: string; spec: SessionSpec };
  /** Editing: the desired state the job keeps (the form never changes it). */
  state?: JobState;
}

export function useSessionJobForm(initial: () => SessionJobFormValues, { target, session, state }: SessionJobFormOptions) {
  const definition = useMemo<SpecFormDefinition<SessionJobFormValues, (typeof SESSION_JOB_FIELDS)[number], SessionJobSpec>>(() => {
    const context = { sessionConfiguration: buildFlinkConfiguration(session.spec, session.spec.flinkVersion), sessionFlinkVersion: session.spec.flinkVersion };
    const withState = (input: Record<string, unknown>) => (state ? { ...input, state } : input);
    return {
      fields: SESSION_JOB_FIELDS,
      fieldOf: SESSION_JOB_FIELD_OF,
      idPrefix: 'session-job',
      toInput: sessionJobInputFromValues,
      check: (input) => checkSessionJob(withState(input), context),
      preview: (input) => {
        const parsed = SessionJobSpec.safeParse(withState(input));
        if (!parsed.success) return null;
        return buildSessionJob({ ...target, spec: parsed.data, sessionName: session.name, sessionFlinkVersion: session.spec.flinkVersion });
      },
    };
  }, [target, session, state]);
  return useSpecForm(initial, definition);
}

export type SessionJobForm = ReturnType<typeof useSessionJobForm>;
