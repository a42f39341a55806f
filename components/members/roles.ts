// How org roles read in the console, and which ones a viewer may hand out (a convenience: the
// services decide).
import type { OrgRole } from '@/lib/auth/permissions';

export const ROLE_LABELS: Record<OrgRole, string> = { owner: 'Owner', admin: 'Admin', member: 'Member' };

export const ROLE_HINTS: Record<OrgRole, string> = {
  owner: 'Everything, including owners and deleting the organization.',
  admin: 'Members, service accounts, clusters, workspaces and grants.',
  member: 'Sees the organization and the workspaces granted to them.',
};

/** Only owners make owners; admins hand out admin and member. */
export function assignableRoles(viewerRole: OrgRole): OrgRole[] {
  return viewerRole === 'owner' ? ['owner', 'admin', 'member'] : ['admin', 'member'];
}
