import { describe, expect, it } from 'vitest';
import { effectiveWorkspaceRole, orgRoleAllows, scopesAllow, workspaceRoleAllows } from './permissions';

describe('the permission catalog', () => {
  it('org admins and owners act as workspace admins everywhere; members only per grant', () => {
    expect(effectiveWorkspaceRole('owner', null)).toBe('admin');
    expect(effectiveWorkspaceRole('admin', 'viewer')).toBe('admin');
    expect(effectiveWorkspaceRole('member', null)).toBeNull();
    expect(effectiveWorkspaceRole('member', 'editor')).toBe('editor');
  });

  it('only owners manage owners or delete the organization', () => {
    expect(orgRoleAllows('owner', 'members.owners')).toBe(true);
    expect(orgRoleAllows('admin', 'members.owners')).toBe(false);
    expect(orgRoleAllows('admin', 'organization.delete')).toBe(false);
    expect(orgRoleAllows('admin', 'clusters.write')).toBe(true);
    expect(orgRoleAllows('member', 'clusters.read')).toBe(false);
    expect(orgRoleAllows('member', 'organization.read')).toBe(true);
  });

  it('viewers read, editors act, admins also manage grants', () => {
    expect(workspaceRoleAllows('viewer', 'applications.read')).toBe(true);
    expect(workspaceRoleAllows('viewer', 'applications.write')).toBe(false);
    expect(workspaceRoleAllows('editor', 'applications.write')).toBe(true);
    expect(workspaceRoleAllows('editor', 'grants.write')).toBe(false);
    expect(workspaceRoleAllows('admin', 'grants.write')).toBe(true);
    expect(workspaceRoleAllows(null, 'workspace.read')).toBe(false);
  });

  it('token scopes only narrow', () => {
    expect(scopesAllow([], 'applications.write')).toBe(true);
    expect(scopesAllow(['applications.read'], 'applications.read')).toBe(true);
    expect(scopesAllow(['applications.read'], 'applications.write')).toBe(false);
  });
});
