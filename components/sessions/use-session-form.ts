'use client';
// The session form: its values checked as the service checks them (checkSession: zod and the
// operator's rules, against the cluster's Flink versions) and previewed as the exact
// FlinkDeployment (without a job) that would be applied.
import { useMemo } from 'react';
import { buildSessionDeployment } from '@/lib/k8s/flink/build-flink-deployment';
import { checkSession } from '@/lib/k8s/flink/check-spec';
import type { PodSecurityLevel } from '@/lib/k8s/flink/pod-policy';
import { newestFlinkVersion } from '@/lib/k8s/flink/validate';
import { SessionSpec } from '@/lib/validation/flink';
import { SESSION_FIELD_OF, SESSION_FIELDS, sessionInputFromValues, type SessionFormValues } from './session-form-values';
import { useSpecForm, type SpecFormDefinition, type SpecTarget } from '@/components/flink/use-spec-form';

export function useSessionForm(initial: () => SessionFormValues, flinkVersions: string[], target: SpecTarget, podSecurityLevel: PodSecurityLevel) {
  const definition = useMemo<SpecFormDefinition<SessionFormValues, (typeof SESSION_FIELDS)[number], SessionSpec>>(
    () => ({
      fields: SESSION_FIELDS,
      fieldOf: SESSION_FIELD_OF,
      idPrefix: 'session',
      toInput: sessionInputFromValues,
      check: (input) => checkSession(input, { flinkVersions, podSecurityLevel }),
      preview: (input) => {
        const parsed = SessionSpec.safeParse(input);
        if (!parsed.success) return null;
        const spec = { ...parsed.data, flinkVersion: parsed.data.flinkVersion ?? newestFlinkVersion(flinkVersions) };
        return buildSessionDeployment({ ...target, spec });
      },
    }),
    [flinkVersions, target, podSecurityLevel],
  );
  return useSpecForm(initial, definition);
}

export type SessionForm = ReturnType<typeof useSessionForm>;
