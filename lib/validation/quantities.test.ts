import { describe, expect, it } from 'vitest';
import { CpuQuantity, isKubernetesQuantity, MemoryQuantity, quantityValue } from './quantities';

describe('Kubernetes quantities', () => {
  it('accepts what the API server accepts', () => {
    for (const ok of ['1', '500m', '2.5', '8Gi', '512Mi', '1e3', '1.5G', '.5']) expect(isKubernetesQuantity(ok), ok).toBe(true);
    for (const bad of ['', 'two', '8GB', '8 Gi', '1,5', 'Gi']) expect(isKubernetesQuantity(bad), bad).toBe(false);
  });

  it('knows their size', () => {
    expect(quantityValue('500m')).toBe(0.5);
    expect(quantityValue('8Gi')).toBe(8 * 1024 ** 3);
    expect(quantityValue('2G')).toBe(2e9);
    expect(quantityValue('1e3')).toBe(1000);
  });

  it('refuses zero and malformed quotas at the field', () => {
    expect(CpuQuantity.safeParse('0').error?.issues[0]?.message).toBe('CPU must be more than zero.');
    expect(MemoryQuantity.safeParse('8GB').error?.issues[0]?.message).toMatch(/8Gi or 512Mi/);
    expect(MemoryQuantity.parse(' 16Gi ')).toBe('16Gi');
  });
});
