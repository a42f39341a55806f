// The cluster operations of /api/v1: registration, reading (with live health), changing,
// deleting and testing a registered Kubernetes cluster. Credentials are write-only.
import { z } from 'zod';
import {
  ClusterDetailSchema,
  ClusterListSchema,
  ConnectionReportSchema,
  RegisterClusterInput,
  UpdateClusterInput,
} from '@/lib/validation/clusters';
import { defineOperation } from '../operation';

const TAG = 'Clusters';
const CLUSTER = '/orgs/{org}/clusters/{cluster}';
const params = { cluster: "The cluster's name." };

export const listClustersOp = defineOperation({
  operationId: 'listClusters', method: 'GET', path: '/orgs/{org}/clusters', tag: TAG, org: true, permission: 'clusters.read',
  summary: "List the organization's clusters with their health", response: ClusterListSchema,
});

export const registerClusterOp = defineOperation({
  operationId: 'registerCluster', method: 'POST', path: '/orgs/{org}/clusters', tag: TAG, org: true, permission: 'clusters.write',
  summary: 'Register a Kubernetes cluster; its connection is tested and the report returned',
  description:
    'Credentials are encrypted at rest and never returned. The address must be https:// and allowed by the server (link-local and cloud-metadata addresses never are). The connection test runs before the answer; a failing test still registers the cluster, with its health.',
  body: RegisterClusterInput, successStatus: 201, response: ClusterDetailSchema,
});

export const getClusterOp = defineOperation({
  operationId: 'getCluster', method: 'GET', path: CLUSTER, tag: TAG, org: true, permission: 'clusters.read', params,
  summary: 'Get a cluster, its health and its last connection report', response: ClusterDetailSchema,
});

export const updateClusterOp = defineOperation({
  operationId: 'updateCluster', method: 'PATCH', path: CLUSTER, tag: TAG, org: true, permission: 'clusters.write', params,
  summary: 'Rename or describe a cluster, or change its address or credentials (then tested again)',
  description: 'Renaming keeps the credentials. New credentials replace the old ones for every later call.',
  body: UpdateClusterInput, response: ClusterDetailSchema,
});

export const deleteClusterOp = defineOperation({
  operationId: 'deleteCluster', method: 'DELETE', path: CLUSTER, tag: TAG, org: true, permission: 'clusters.write', params,
  summary: 'Delete a cluster that has no workspaces (409 names the remaining ones)',
});

export const testClusterOp = defineOperation({
  operationId: 'testClusterConnection', method: 'POST', path: `${CLUSTER}/test`, tag: TAG, org: true, permission: 'clusters.write', params,
  summary: "Test the connection now: TLS, authentication, version, the operator's CRDs, permissions",
  body: z.strictObject({}).optional(), response: ConnectionReportSchema,
});

export const clusterOperations = [listClustersOp, registerClusterOp, getClusterOp, updateClusterOp, deleteClusterOp, testClusterOp];
