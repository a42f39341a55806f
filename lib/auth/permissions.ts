// The permission catalog: every permission Flotilla checks, and which roles hold it. Pure data
// and pure functions, so client components may import it to hide what a role cannot do (a
// convenience: the gate is `authorize` in the service layer).
export const ORG_ROLES = ['owner', 'admin', 'member'] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export const WORKSPACE_ROLES = ['viewer', 'editor', 'admin'] as const;
export type WorkspaceRole = (typeof WORKSPACE_ROLES)[number];

/** Permissions on the organization, decided by the org role. */
export const ORG_PERMISSIONS = {
  'organization.read': ['owner', 'admin', 'member'],
  'organization.update': ['owner', 'admin'],
  'organization.delete': ['owner'],
  'members.read': ['owner', 'admin'],
  'members.write': ['owner', 'admin'],
  /** Making, demoting or removing owners. */
  'members.owners': ['owner'],
  'service_accounts.read': ['owner', 'admin'],
  'service_accounts.write': ['owner', 'admin'],
  'clusters.read': ['owner', 'admin'],
  'clusters.write': ['owner', 'admin'],
  'workspaces.create': ['owner', 'admin'],
  /** Choosing a workspace's Pod Security level other than `restricted`, or changing it. */
  'workspaces.pod_security': ['owner', 'admin'],
  'audit.read': ['owner', 'admin'],
} as const satisfies Record<string, readonly OrgRole[]>;
export type OrgPermission = keyof typeof ORG_PERMISSIONS;

/** Permissions inside one workspace, decided by the workspace role. */
export const WORKSPACE_PERMISSIONS = {
  'workspace.read': ['viewer', 'editor', 'admin'],
  'workspace.update': ['admin'],
  'workspace.delete': ['admin'],
  'grants.read': ['viewer', 'editor', 'admin'],
  'grants.write': ['admin'],
  'applications.read': ['viewer', 'editor', 'admin'],
  'applications.write': ['editor', 'admin'],
  'sessions.read': ['viewer', 'editor', 'admin'],
  'sessions.write': ['editor', 'admin'],
  'savepoints.read': ['viewer', 'editor', 'admin'],
  'savepoints.write': ['editor', 'admin'],
} as const satisfies Record<string, readonly WorkspaceRole[]>;
export type WorkspacePermission = keyof typeof WORKSPACE_PERMISSIONS;

export type Permission = OrgPermission | WorkspacePermission;
export const ALL_PERMISSIONS = [
  ...Object.keys(ORG_PERMISSIONS),
  ...Object.keys(WORKSPACE_PERMISSIONS),
] as Permission[];

/** Org admins and owners act as workspace admins everywhere (DESIGN.md). */
export function effectiveWorkspaceRole(orgRole: OrgRole, granted: WorkspaceRole | null): WorkspaceRole | null {
  if (orgRole === 'owner' || orgRole === 'admin') return 'admin';
  return granted;
}

export function orgRoleAllows(role: OrgRole, permission: OrgPermission): boolean {
  return (ORG_PERMISSIONS[permission] as readonly OrgRole[]).includes(role);
}

export function workspaceRoleAllows(role: WorkspaceRole | null, permission: WorkspacePermission): boolean {
  return role !== null && (WORKSPACE_PERMISSIONS[permission] as readonly WorkspaceRole[]).includes(role);
}

/** A token's scopes only narrow: no scopes means the account's own permissions. */
export function scopesAllow(scopes: readonly string[] | null, permission: Permission): boolean {
  return !scopes || scopes.length === 0 || scopes.includes(permission);
}

export function isOrgPermission(p: Permission): p is OrgPermission {
  return p in ORG_PERMISSIONS;
}

/** Every permission a workspace role holds in its workspace. */
export function workspaceRolePermissions(role: WorkspaceRole | null): WorkspacePermission[] {
  return (Object.keys(WORKSPACE_PERMISSIONS) as WorkspacePermission[]).filter((p) => workspaceRoleAllows(role, p));
}

/** Every permission an org role holds: its organization's, and the workspace admin's where it acts as one. */
export function orgRolePermissions(role: OrgRole): Permission[] {
  const org = (Object.keys(ORG_PERMISSIONS) as OrgPermission[]).filter((p) => orgRoleAllows(role, p));
  return [...org, ...workspaceRolePermissions(effectiveWorkspaceRole(role, null))];
}
