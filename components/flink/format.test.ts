import { describe, expect, it } from 'vitest';
import { flinkVersionLabel, flinkVersionOptions, flinkVersionSummary, jobManagerResources, plural, podResources, specValueText, taskManagerResources } from './format';

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

  it("offers exactly the versions the cluster's CRD accepts, newest first, the ones the operator no longer runs not choosable", () => {
    expect(flinkVersionOptions(['v1_14', 'v1_15', 'v1_20'])).toEqual([
      { value: 'v1_20', label: 'Flink 1.20' },
      { value: 'v1_15', label: 'Flink 1.15' },
      { value: 'v1_14', label: 'Flink 1.14 (no longer run by the operator)', disabled: true },
    ]);
    expect(flinkVersionOptions(['v1_20'], 'v1_19')[0]).toEqual({ value: 'v1_19', label: "Flink 1.19 (not in the cluster's CRD)", disabled: true });
    expect(flinkVersionOptions([], '')).toEqual([]);
  });

  it("sums a cluster's Flink versions up in one line", () => {
    expect(flinkVersionSummary(['v1_13', 'v1_14', 'v1_15', 'v1_16', 'v1_17', 'v1_18', 'v1_19', 'v1_20'])).toEqual({ runs: '1.15 – 1.20', older: ['1.13', '1.14'] });
    expect(flinkVersionSummary(['v1_20'])).toEqual({ runs: '1.20', older: [] });
    expect(flinkVersionSummary([])).toEqual({ runs: null, older: [] });
  });
});
