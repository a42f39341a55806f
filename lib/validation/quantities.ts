// Kubernetes resource quantities ("500m", "2", "8Gi") as workspace quotas and pod resources take
// them. The API server rejects a malformed quantity only when the object is applied; checking the
// form field first says so where it was typed. Pure and client-safe.
import { z } from 'zod';
import { QUANTITY_MAX } from './limits';

// The grammar of k8s.io/apimachinery resource.Quantity: a signed decimal number with a binary
// suffix (Ki…Ei), a decimal suffix (n, u, m, k, M, G, T, P, E) or a decimal exponent.
const QUANTITY = /^[+-]?(\d+(\.\d*)?|\.\d+)([KMGTPE]i|[numkMGTPE]|[eE][+-]?\d+)?$/;

export function isKubernetesQuantity(value: string): boolean {
  return QUANTITY.test(value);
}

/** The quantity in base units (cores, bytes), or NaN when it is not one. */
export function quantityValue(value: string): number {
  const match = QUANTITY.exec(value);
  if (!match) return Number.NaN;
  const suffix = match[3] ?? '';
  const number = Number.parseFloat(value.slice(0, value.length - suffix.length));
  const binary = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'].indexOf(suffix);
  if (binary >= 0) return number * 1024 ** (binary + 1);
  const decimal: Record<string, number> = { n: 1e-9, u: 1e-6, m: 1e-3, '': 1, k: 1e3, M: 1e6, G: 1e9, T: 1e12, P: 1e15, E: 1e18 };
  if (suffix in decimal) return number * decimal[suffix]!;
  return number * 10 ** Number(suffix.slice(1));
}

function positiveQuantity(what: string, example: string) {
  return z
    .string()
    .trim()
    .max(QUANTITY_MAX)
    .refine(isKubernetesQuantity, `Use a Kubernetes quantity such as ${example}.`)
    .refine((v) => !isKubernetesQuantity(v) || quantityValue(v) > 0, `${what} must be more than zero.`);
}

export const CpuQuantity = positiveQuantity('CPU', '2 or 500m').meta({ description: 'CPU cores as a Kubernetes quantity.', example: '4' });
export const MemoryQuantity = positiveQuantity('Memory', '8Gi or 512Mi').meta({ description: 'Memory as a Kubernetes quantity.', example: '16Gi' });
