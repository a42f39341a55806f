import { describe, expect, it } from 'vitest';
import { formText, quotaFromForm } from './form-data';

const form = (entries: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(entries)) f.set(k, v);
  return f;
};

describe('reading server-action forms', () => {
  it('reads text, absent as empty, trimmed only when asked', () => {
    expect(formText(form({ a: '  x ' }), 'a')).toBe('  x ');
    expect(formText(form({ a: '  x ' }), 'a', { trim: true })).toBe('x');
    expect(formText(form({}), 'a')).toBe('');
  });

  it('makes no quota of empty quota fields, and keeps what was typed otherwise', () => {
    expect(quotaFromForm(form({ quotaCpu: ' ', quotaMemory: '', quotaMaxDeployments: '' }))).toBeNull();
    expect(quotaFromForm(form({ quotaCpu: '2', quotaMemory: '', quotaMaxDeployments: '3' }))).toEqual({ cpu: '2', memory: null, maxDeployments: '3' });
  });
});
