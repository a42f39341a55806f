import { describe, expect, it } from 'vitest';
import { listKubeconfigContexts } from '@/lib/k8s/kubeconfig';
import { PodTemplate } from './pod-template';
import { parseUntrustedYaml } from './untrusted-yaml';

const flowNested = (levels: number) => `spec: ${'['.repeat(levels)}${']'.repeat(levels)}`;
function blockNested(levels: number): string {
  let text = '';
  for (let i = 0; i < levels; i++) text += `${' '.repeat(i)}a:\n`;
  return `${text}${' '.repeat(levels)}b: 1\n`;
}

describe('untrusted YAML', () => {
  it('parses ordinary documents', () => {
    expect(parseUntrustedYaml('spec:\n  containers:\n    - name: flink-main-container\n')).toEqual({ spec: { containers: [{ name: 'flink-main-container' }] } });
  });

  it.each([
    ['flow collections thousands deep (which overflow the parser)', flowNested(5_000)],
    ['flow collections just past the limit', flowNested(70)],
    ['block mappings past the limit', blockNested(80)],
  ])('refuses %s with a clear message', (_, text) => {
    expect(() => parseUntrustedYaml(text)).toThrow(/nested more than 64 levels deep/i);
  });

  it('refuses NUL and lone surrogates written as escapes', () => {
    expect(() => parseUntrustedYaml('name: "a\\0b"')).toThrow('name: Contains a NUL character');
    expect(() => parseUntrustedYaml('name: "\\ud800"')).toThrow('name: Contains a NUL character or an unpaired surrogate');
  });

  it('says so at the field of a pod template and of a pasted kubeconfig, never crashing', () => {
    const pod = PodTemplate.safeParse(flowNested(5_000));
    expect(pod.success).toBe(false);
    expect(pod.error!.issues[0]!.message).toMatch(/^Not valid YAML: nested more than 64 levels deep/);
    const kubeconfig = listKubeconfigContexts(`contexts: ${'['.repeat(5_000)}${']'.repeat(5_000)}`);
    expect(kubeconfig).toEqual({ ok: false, errors: [expect.stringMatching(/^This is not valid YAML: nested more than 64 levels deep/)] });
  });
});

describe('untrusted YAML nested far beyond the stack', () => {
  it('refuses tens of thousands of levels before the parser sees them', () => {
    expect(() => parseUntrustedYaml(flowNested(50_000))).toThrow(/nested more than 64 levels deep/);
  });
});
