// The names Flotilla hands to Kubernetes: workspace namespaces (RFC 1123 labels) and the names of
// Flink objects (the operator's FlinkDeployment rule). Pure and client-safe: forms check them as
// people type, services before anything is stored.
import { z } from 'zod';

/** An RFC 1123 label, as Kubernetes requires of namespace names. */
export const RFC1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
export const RFC1123_LABEL_MAX = 63;

/**
 * The Flink operator's rule for FlinkDeployment names (and the deploymentName of session jobs):
 * at most 45 characters, because the operator derives Service and ConfigMap names from it.
 */
export const FLINK_NAME = /^[a-z]([-a-z0-9]{0,43}[a-z0-9])?$/;
export const FLINK_NAME_MAX = 45;

// Namespaces that belong to the cluster itself: a workspace never takes them, not even by adoption.
const SYSTEM_NAMESPACES = new Set(['default', 'kube-system', 'kube-public', 'kube-node-lease']);

export function isRfc1123Label(value: string): boolean {
  return value.length <= RFC1123_LABEL_MAX && RFC1123_LABEL.test(value);
}

export function isFlinkName(value: string): boolean {
  return FLINK_NAME.test(value);
}

/** Why `value` cannot be a workspace namespace, or null when it can. */
export function namespaceProblem(value: string): string | null {
  if (value.length === 0) return 'Required.';
  if (value.length > RFC1123_LABEL_MAX) return `Must be at most ${RFC1123_LABEL_MAX} characters.`;
  if (!RFC1123_LABEL.test(value)) {
    return 'Use lower-case letters, digits and dashes; start and end with a letter or digit (RFC 1123).';
  }
  if (SYSTEM_NAMESPACES.has(value) || value.startsWith('kube-')) return `${value} is reserved for the cluster itself.`;
  return null;
}

export const NamespaceName = z
  .string()
  .trim()
  .max(RFC1123_LABEL_MAX, `Must be at most ${RFC1123_LABEL_MAX} characters.`)
  .superRefine((value, ctx) => {
    // The length has its own check above (which the OpenAPI document publishes as maxLength).
    const problem = value.length > RFC1123_LABEL_MAX ? null : namespaceProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: 'A Kubernetes namespace: an RFC 1123 label (lower-case letters, digits, dashes; at most 63).', example: 'data-platform' });

export const FlinkResourceName = z
  .string()
  .trim()
  .min(1, 'Required.')
  .max(FLINK_NAME_MAX, `Must be at most ${FLINK_NAME_MAX} characters.`)
  .regex(FLINK_NAME, 'Use lower-case letters, digits and dashes; start with a letter and end with a letter or digit.')
  .meta({ description: 'Lower-case letters, digits and dashes; starts with a letter; at most 45 characters.', example: 'orders-enricher' });

/**
 * The namespace a workspace gets unless someone chooses another: its name folded into an RFC 1123
 * label ("Data Team #2" → "data-team-2"). Returns '' when nothing usable is left, so the form asks.
 */
export function defaultNamespaceFromName(name: string, maxLength = RFC1123_LABEL_MAX): string {
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '') // accents: "Équipe" → "Equipe"
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const label = folded.slice(0, maxLength).replace(/-+$/, '');
  return namespaceProblem(label) === null ? label : '';
}
