// Turns zod's issues into the field errors every edge returns (API 422s, server actions):
// one list of readable messages per field path. Pure, so client and server code share it.
import type { z } from 'zod';
import { ValidationError, type FieldErrors } from '@/lib/errors';

function messageOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') {
    // zod says "received undefined"; a person reads "required".
    return /received undefined/.test(issue.message) ? 'Required.' : `Must be ${article(issue.expected)}.`;
  }
  if (issue.code === 'too_big' && issue.origin === 'string') return `Must be at most ${issue.maximum} characters.`;
  if (issue.code === 'too_big' && issue.origin === 'array') return `Must have at most ${issue.maximum} items.`;
  if (issue.code === 'too_small' && issue.origin === 'string') {
    return Number(issue.minimum) <= 1 ? 'Required.' : `Must be at least ${issue.minimum} characters.`;
  }
  return issue.message;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  const add = (key: string, message: string) => (out[key] ??= []).push(message);
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) add(base ? `${base}.${key}` : key, 'Unknown field.');
    } else if (issue.code === 'invalid_key') {
      // The key itself is what is wrong (too long, say): report it at its map, not under itself.
      const parent = issue.path.slice(0, -1).map(String).join('.');
      add(parent || '_', issue.issues[0] ? messageOf(issue.issues[0]).replace(/^Must be/, 'A key must be') : issue.message);
    } else {
      add(base || '_', messageOf(issue));
    }
  }
  return out;
}

/** Parses input with a schema, or throws the ValidationError (422) that carries field errors. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new ValidationError(fieldErrorsOf(parsed.error));
  return parsed.data;
}
