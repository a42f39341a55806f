// The workspace and grant operations of /api/v1.
import { z } from 'zod';
import { GrantInput, RevokeGrantInput } from '@/lib/validation/grants';
import {
  AccessEntrySchema,
  CreateWorkspaceInput,
  UpdateWorkspaceInput,
  WorkspaceListSchema,
  WorkspaceOverviewSchema,
  WorkspaceSchema,
  WorkspaceWithRoleSchema,
} from '@/lib/validation/workspaces';
import { defineOperation } from '../operation';

const TAG = 'Workspaces';
const WORKSPACE = '/orgs/{org}/workspaces/{ws}';
const wsParams = { ws: "The workspace's name." };

export const listWorkspacesOp = defineOperation({
  operationId: 'listWorkspaces', method: 'GET', path: '/orgs/{org}/workspaces', tag: TAG, org: true,
  summary: 'List the workspaces the caller may see', response: WorkspaceListSchema,
});

export const createWorkspaceOp = defineOperation({
  operationId: 'createWorkspace', method: 'POST', path: '/orgs/{org}/workspaces', tag: TAG, org: true, permission: 'workspaces.create',
  summary: "Create a workspace: a namespace in a registered cluster, provisioned by the reconciler",
  description: 'The namespace enforces the Pod Security Standard `podSecurityLevel` (`restricted` unless an organization owner or admin chooses `baseline`).',
  body: CreateWorkspaceInput, successStatus: 201, response: WorkspaceSchema,
});

export const getWorkspaceOp = defineOperation({
  operationId: 'getWorkspace', method: 'GET', path: WORKSPACE, tag: TAG, org: true, params: wsParams,
  summary: "Get a workspace, its state, the caller's role and its cluster's health",
  description: "`cluster.health` is the background probe's latest finding (name, status, message, times; nothing else of the cluster). While it is not `reachable`, the workspace's statuses are the last ones observed.",
  response: WorkspaceWithRoleSchema,
});

export const updateWorkspaceOp = defineOperation({
  operationId: 'updateWorkspace', method: 'PATCH', path: WORKSPACE, tag: TAG, org: true, params: wsParams,
  summary: "Change a workspace's description, quota or Pod Security level",
  description: 'Changing `podSecurityLevel` needs an organization owner or admin (and, for a token, the scope `workspaces.pod_security`); the reconciler relabels the namespace.',
  body: UpdateWorkspaceInput, response: WorkspaceSchema,
});

export const deleteWorkspaceOp = defineOperation({
  operationId: 'deleteWorkspace', method: 'DELETE', path: WORKSPACE, tag: TAG, org: true, params: wsParams,
  summary: 'Delete a workspace (refused while it has applications or sessions)', successStatus: 202, response: WorkspaceSchema,
});

export const getWorkspaceOverviewOp = defineOperation({
  operationId: 'getWorkspaceOverview', method: 'GET', path: `${WORKSPACE}/overview`, tag: TAG, org: true, params: wsParams,
  summary: "A workspace with its quota use and recent Kubernetes Events, read live from its cluster",
  description: 'When the cluster cannot be read, `live.ok` is false and `live.message` says why; the request itself still succeeds.',
  response: WorkspaceOverviewSchema,
});

export const listGrantsOp = defineOperation({
  operationId: 'listWorkspaceGrants', method: 'GET', path: `${WORKSPACE}/grants`, tag: TAG, org: true, params: wsParams,
  summary: 'Who has which role on the workspace, and why', response: z.object({ items: z.array(AccessEntrySchema) }),
});

export const grantOp = defineOperation({
  operationId: 'grantWorkspaceRole', method: 'PUT', path: `${WORKSPACE}/grants`, tag: TAG, org: true, params: wsParams,
  summary: 'Grant a user or service account a role on the workspace, or change it', body: GrantInput, response: AccessEntrySchema,
});

export const revokeGrantOp = defineOperation({
  operationId: 'revokeWorkspaceGrant', method: 'DELETE', path: `${WORKSPACE}/grants`, tag: TAG, org: true, params: wsParams,
  summary: "Revoke a user's or service account's grant", body: RevokeGrantInput,
});

export const workspaceOperations = [listWorkspacesOp, createWorkspaceOp, getWorkspaceOp, updateWorkspaceOp, deleteWorkspaceOp, getWorkspaceOverviewOp, listGrantsOp, grantOp, revokeGrantOp];
