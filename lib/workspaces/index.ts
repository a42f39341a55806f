// Workspaces and their access grants: the service the console and the API call.
export { listWorkspaces, getWorkspace } from './read';
export { getWorkspaceOverview } from './overview';
export { createWorkspace, updateWorkspace, deleteWorkspace, WORKSPACE_APPLY, WORKSPACE_DELETE } from './write';
export { listAccess, grantWorkspaceRole, revokeWorkspaceGrant, type AccessEntry } from './grants';
export type { WorkspaceDto } from './dto';
