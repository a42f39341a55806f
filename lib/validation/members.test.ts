import { describe, expect, it } from 'vitest';
import { CreateInvitationInput, invitationStatus } from './members';

describe('invitations', () => {
  const day = 24 * 60 * 60_000;
  const now = new Date('2026-01-10T00:00:00Z');

  it('is pending until it expires, and used or revoked whatever its expiry', () => {
    const open = { acceptedAt: null, revokedAt: null, expiresAt: new Date(now.getTime() + day) };
    expect(invitationStatus(open, now)).toBe('pending');
    expect(invitationStatus({ ...open, expiresAt: now }, now)).toBe('expired');
    expect(invitationStatus({ ...open, acceptedAt: now }, now)).toBe('accepted');
    expect(invitationStatus({ ...open, revokedAt: now, expiresAt: new Date(0) }, now)).toBe('revoked');
  });

  it('takes an email and a role, and nothing else', () => {
    expect(CreateInvitationInput.parse({ email: 'Dana@Example.com', role: 'admin' })).toEqual({ email: 'dana@example.com', role: 'admin' });
    expect(CreateInvitationInput.safeParse({ email: 'dana@example.com', role: 'root' }).success).toBe(false);
    expect(CreateInvitationInput.safeParse({ email: 'dana@example.com', role: 'member', organizationId: 'x' }).success).toBe(false);
  });
});
