// The API token format: `flt_` + base64url of 32 random bytes (256 bits). Only its SHA-256 hash
// is stored; the first characters are kept as a display prefix so people can tell tokens apart.
// Pure, so it is unit tested.
import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'flt_';
const TOKEN_PATTERN = /^flt_[A-Za-z0-9_-]{43}$/;
/** `flt_` plus 6 characters (36 of the 256 bits): enough to recognize, far too few to guess. */
const DISPLAY_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;

export function generateToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}

export function displayPrefix(raw: string): string {
  return raw.slice(0, DISPLAY_PREFIX_LENGTH);
}

export function looksLikeToken(raw: string): boolean {
  return TOKEN_PATTERN.test(raw);
}
