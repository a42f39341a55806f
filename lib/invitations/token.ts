// Invitation tokens: 256 random bits in base64url, put in the invitation link. Only the SHA-256
// hash is stored, so a database read does not reveal working links.
import { createHash, randomBytes } from 'node:crypto';

export const INVITATION_TTL_MS = 7 * 24 * 60 * 60_000;

export function generateInvitationToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashInvitationToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
