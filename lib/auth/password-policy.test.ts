import { describe, expect, it } from 'vitest';
import { passwordProblem } from './password-policy';

describe('passwordProblem', () => {
  it('refuses short, oversized and common passwords', () => {
    expect(passwordProblem('short')).toBe('Use at least 12 characters.');
    expect(passwordProblem('x'.repeat(257))).toBe('Use at most 256 characters.');
    expect(passwordProblem('1q2w3e4r5t6y')).toBe('This password is too common: choose another.');
    expect(passwordProblem('123QWEASDZXC')).toBe('This password is too common: choose another.');
  });

  it('accepts a long, uncommon passphrase', () => {
    expect(passwordProblem('correct horse battery staple')).toBeNull();
  });
});
