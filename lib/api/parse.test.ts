import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '@/lib/errors';
import { fieldErrorsOf, parseInput } from './parse';

const Schema = z.strictObject({ name: z.string().trim().min(1).max(5), count: z.number().int(), nested: z.strictObject({ a: z.string() }).optional() });

function errorsOf(input: unknown) {
  try {
    parseInput(Schema, input);
  } catch (err) {
    expect(err).toBeInstanceOf(ValidationError);
    return (err as ValidationError).fieldErrors;
  }
  throw new Error('expected a ValidationError');
}

describe('field errors from zod', () => {
  it('names missing fields as required', () => {
    expect(errorsOf({})).toEqual({ name: ['Required.'], count: ['Required.'] });
  });

  it('names wrong types, oversized strings and unknown keys', () => {
    expect(errorsOf({ name: 'toolong', count: 'three', extra: 1 })).toEqual({
      name: ['Must be at most 5 characters.'],
      count: ['Must be a number.'],
      extra: ['Unknown field.'],
    });
  });

  it('joins nested paths with dots', () => {
    expect(errorsOf({ name: 'a', count: 1, nested: { a: 1, b: 2 } })).toEqual({ 'nested.a': ['Must be a string.'], 'nested.b': ['Unknown field.'] });
  });

  it('puts errors about the whole input under _', () => {
    expect(fieldErrorsOf(z.string().safeParse(1).error!)).toEqual({ _: ['Must be a string.'] });
  });

  it('returns the parsed value when valid', () => {
    expect(parseInput(Schema, { name: '  ab ', count: 2 })).toEqual({ name: 'ab', count: 2 });
  });
});
