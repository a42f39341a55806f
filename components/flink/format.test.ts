import { describe, expect, it } from 'vitest';
import { flinkVersionLabel, jobManagerResources, plural, podResources, specValueText, taskManagerResources } from './format';

describe('the Flink resource wording', () => {
  it('words versions, pods and counts as the pages show them', () => {
    expect(flinkVersionLabel('v1_20')).toBe('1.20');
    expect(flinkVersionLabel(null)).toBe('—');
    expect(podResources({ cpu: 0.5, memory: '1g' })).toBe('0.5 CPU · 1g');
    expect(jobManagerResources({ jobManager: { cpu: 1, memory: '2048m' } })).toBe('1 CPU · 2048m');
    expect(taskManagerResources({ taskManager: { cpu: 2, memory: '4g', slots: 1 } })).toBe('2 CPU · 4g · 1 slot');
    expect(taskManagerResources({ taskManager: { cpu: 2, memory: '4g', slots: 4 } })).toBe('2 CPU · 4g · 4 slots');
    expect(plural(2, 'TaskManager')).toBe('2 TaskManagers');
  });

  it('shows spec values in diffs: text as is, nothing as "not set", the rest as JSON', () => {
    expect(specValueText('')).toBe('not set');
    expect(specValueText('s3://x')).toBe('s3://x');
    expect(specValueText(['a'])).toBe('["a"]');
  });
});
