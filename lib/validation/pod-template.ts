// A pod template as people send it: YAML text (the form) or an object (JSON), always an object
// once parsed, bounded in size and depth and free of control and direction characters in every
// key and string. What it may *do* (host namespaces, privilege, volumes…) is the pod policy's
// (lib/k8s/flink/pod-policy.ts), which knows the workspace's Pod Security level. Client-safe.
import { z } from 'zod';
import { POD_TEMPLATE_MAX, POD_TEMPLATE_MAX_DEPTH, POD_TEMPLATE_MAX_FIELDS, SHORT_VALUE_MAX } from './limits';
import { unsafeTextProblem } from './text';
import { parseUntrustedYaml } from './untrusted-yaml';

/** The first problem of a parsed template: nesting, size, or a character no one should read. */
export function podTemplateShapeProblem(template: unknown): string | null {
  const stack: { node: unknown; depth: number; path: string }[] = [{ node: template, depth: 0, path: '' }];
  while (stack.length > 0) {
    const { node, depth, path } = stack.pop()!;
    if (depth > POD_TEMPLATE_MAX_DEPTH) return `Nested deeper than ${POD_TEMPLATE_MAX_DEPTH} levels.`;
    if (typeof node === 'string') {
      const problem = unsafeTextProblem(node, { multiline: true });
      if (problem) return `${path || 'value'}: ${problem}`;
    } else if (node !== null && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        const keyProblem = unsafeTextProblem(key);
        if (keyProblem) return `A key under ${path || 'the template'}: ${keyProblem}`;
        stack.push({ node: value, depth: depth + 1, path: path ? `${path}.${key}` : key });
      }
    }
  }
  if (JSON.stringify(template).length > POD_TEMPLATE_MAX) return `Too large: at most ${POD_TEMPLATE_MAX} characters as JSON.`;
  return null;
}

export const PodTemplate = z
  .union([
    z.string().max(POD_TEMPLATE_MAX, `Must be at most ${POD_TEMPLATE_MAX} characters.`),
    z.record(z.string().max(SHORT_VALUE_MAX), z.unknown()).meta({ maxProperties: POD_TEMPLATE_MAX_FIELDS }),
  ])
  .optional()
  .transform((value, ctx) => {
    const fail = (message: string) => {
      ctx.issues.push({ code: 'custom', message, input: value });
      return z.NEVER;
    };
    let parsed: unknown = value;
    if (typeof value === 'string') {
      if (value.trim() === '') return undefined;
      try {
        parsed = parseUntrustedYaml(value);
      } catch (err) {
        return fail(`Not valid YAML: ${(err as Error).message.split('\n')[0]}`);
      }
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
        return fail('A pod template is a YAML mapping (apiVersion, kind, metadata, spec).');
      }
    }
    if (parsed === undefined || Object.keys(parsed as object).length === 0) return undefined;
    if (Object.keys(parsed as object).length > POD_TEMPLATE_MAX_FIELDS) return fail(`At most ${POD_TEMPLATE_MAX_FIELDS} top-level fields.`);
    const problem = podTemplateShapeProblem(parsed);
    return problem ? fail(problem) : (parsed as Record<string, unknown>);
  })
  .meta({ description: `Base pod template for JobManager and TaskManager pods (YAML or JSON; at most ${POD_TEMPLATE_MAX} characters).` });
