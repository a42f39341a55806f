import { describe, expect, it } from 'vitest';
import type { FieldErrors } from '@/lib/errors';
import { checkApplication, checkSession, checkSessionJob, type CheckResult } from './check-spec';
import { CRD_FLINK_VERSIONS, minimalApplicationInput, sessionInput, sessionJobInput } from './fixtures';

const ctx = { flinkVersions: CRD_FLINK_VERSIONS };
const errorsOf = (result: CheckResult<unknown>): FieldErrors => (result.ok ? {} : result.fieldErrors);

describe('one answer with every error', () => {
  it('reports an unknown field together with the operator rules the rest breaks', () => {
    const input = { ...minimalApplicationInput, sneaky: true, flinkConfiguration: { 's3.secret-key': 'hunter2' }, flinkVersion: 'v1_14' };
    const errors = errorsOf(checkApplication(input, ctx));
    expect(Object.keys(errors).sort()).toEqual(['flinkConfiguration', 'flinkVersion', 'sneaky']);
    expect(errors.sneaky).toEqual(['Unknown field.']);
  });

  it('reports unknown nested fields and schema errors at once', () => {
    const errors = errorsOf(checkApplication({ ...minimalApplicationInput, parallelism: 'many', jobManager: { memory: '1g', colour: 'red' } }, ctx));
    expect(errors).toMatchObject({ parallelism: [expect.any(String)], 'jobManager.colour': ['Unknown field.'] });
  });

  it('does the same for sessions and session jobs', () => {
    expect(Object.keys(errorsOf(checkSession({ ...sessionInput, extra: 1, flinkVersion: 'v1_14' }, ctx))).sort()).toEqual(['extra', 'flinkVersion']);
    expect(errorsOf(checkSessionJob({ ...sessionJobInput, extra: 1 }))).toMatchObject({ extra: ['Unknown field.'] });
  });

  it('leaves the input it was given untouched and passes a clean spec', () => {
    const input = { ...minimalApplicationInput, sneaky: true };
    checkApplication(input, ctx);
    expect(input.sneaky).toBe(true);
    expect(checkApplication(minimalApplicationInput, ctx).ok).toBe(true);
  });
});
