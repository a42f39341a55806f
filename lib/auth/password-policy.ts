// What a password must be: 12 to 256 characters and not one of the commonly used passwords
// (zxcvbn-ts's list of ~50,000, compared case-insensitively). Pure: forms and services share it.
import { dictionary } from '@zxcvbn-ts/language-common';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/validation/limits';

export { PASSWORD_MAX, PASSWORD_MIN };

let common: Set<string> | undefined;

/** Why this password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN) return `Use at least ${PASSWORD_MIN} characters.`;
  if (password.length > PASSWORD_MAX) return `Use at most ${PASSWORD_MAX} characters.`;
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  if (common.has(password.toLowerCase())) return 'This password is too common: choose another.';
  return null;
}
