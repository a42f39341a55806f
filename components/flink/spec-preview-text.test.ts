import { describe, expect, it } from 'vitest';
import { checkApplication } from '@/lib/k8s/flink/check-spec';
import { specPreviewText } from './spec-preview-text';

const ctx = { flinkVersions: ['v1_20'] };
const base = { name: 'orders', image: 'flink:1.20', jarURI: 'local:///opt/flink/job.jar' };
const build = (input: Record<string, unknown>) => ({ kind: 'FlinkDeployment', spec: input });

describe('the spec preview', () => {
  it('shows a spec that passes every check', () => {
    const input = { ...base, flinkConfiguration: { 'execution.checkpointing.interval': '10s' } };
    expect(specPreviewText(input, {}, checkApplication(input, ctx), build)).toContain('execution.checkpointing.interval');
  });

  it('never shows a configuration value its field refused (a credential)', () => {
    const input = { ...base, flinkConfiguration: { 's3.secret-key': 'hunter2' } };
    const check = checkApplication(input, ctx);
    expect(check.ok).toBe(false);
    expect(specPreviewText(input, {}, check, build)).toBeNull();
  });

  it('shows nothing while the form itself reports a problem (a key set twice)', () => {
    expect(specPreviewText(base, { flinkConfiguration: ['a is set twice.'] }, checkApplication(base, ctx), build)).toBeNull();
  });
});
