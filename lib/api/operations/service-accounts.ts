// The service account and API token operations of /api/v1.
import { ApiTokenSchema, CreateApiTokenInput, CreatedApiTokenSchema } from '@/lib/validation/api-tokens';
import { CreateServiceAccountInput, ServiceAccountSchema, UpdateServiceAccountInput } from '@/lib/validation/service-accounts';
import { defineOperation } from '../operation';
import { pageSchema, PaginationQuery } from '../pagination';

const TAG = 'Service accounts';
const ACCOUNT = '/orgs/{org}/service-accounts/{id}';
const accountParams = { id: 'The service account id.' };

export const listServiceAccountsOp = defineOperation({
  operationId: 'listServiceAccounts',
  method: 'GET',
  path: '/orgs/{org}/service-accounts',
  tag: TAG,
  summary: 'List service accounts',
  org: true,
  permission: 'service_accounts.read',
  query: PaginationQuery,
  response: pageSchema(ServiceAccountSchema),
});

export const createServiceAccountOp = defineOperation({
  operationId: 'createServiceAccount',
  method: 'POST',
  path: '/orgs/{org}/service-accounts',
  tag: TAG,
  summary: 'Create a service account',
  org: true,
  permission: 'service_accounts.write',
  body: CreateServiceAccountInput,
  successStatus: 201,
  response: ServiceAccountSchema,
});

export const getServiceAccountOp = defineOperation({
  operationId: 'getServiceAccount',
  method: 'GET',
  path: ACCOUNT,
  tag: TAG,
  summary: 'Get a service account',
  org: true,
  permission: 'service_accounts.read',
  params: accountParams,
  response: ServiceAccountSchema,
});

export const updateServiceAccountOp = defineOperation({
  operationId: 'updateServiceAccount',
  method: 'PATCH',
  path: ACCOUNT,
  tag: TAG,
  summary: 'Rename, describe, change the role of, disable or enable a service account',
  org: true,
  permission: 'service_accounts.write',
  params: accountParams,
  body: UpdateServiceAccountInput,
  response: ServiceAccountSchema,
});

export const deleteServiceAccountOp = defineOperation({
  operationId: 'deleteServiceAccount',
  method: 'DELETE',
  path: ACCOUNT,
  tag: TAG,
  summary: 'Delete a service account and its tokens',
  org: true,
  permission: 'service_accounts.write',
  params: accountParams,
});

export const listApiTokensOp = defineOperation({
  operationId: 'listApiTokens',
  method: 'GET',
  path: `${ACCOUNT}/tokens`,
  tag: TAG,
  summary: "List a service account's API tokens",
  description: 'Tokens are listed by their prefix; the token itself is shown only when it is created.',
  org: true,
  permission: 'service_accounts.read',
  params: accountParams,
  query: PaginationQuery,
  response: pageSchema(ApiTokenSchema),
});

export const createApiTokenOp = defineOperation({
  operationId: 'createApiToken',
  method: 'POST',
  path: `${ACCOUNT}/tokens`,
  tag: TAG,
  summary: 'Create an API token',
  description: 'The answer carries the token once; only its hash is stored. Send it as `Authorization: Bearer flt_…`.',
  org: true,
  permission: 'service_accounts.write',
  params: accountParams,
  body: CreateApiTokenInput,
  successStatus: 201,
  response: CreatedApiTokenSchema,
});

export const revokeApiTokenOp = defineOperation({
  operationId: 'revokeApiToken',
  method: 'DELETE',
  path: `${ACCOUNT}/tokens/{tokenId}`,
  tag: TAG,
  summary: 'Revoke an API token',
  description: 'Takes effect immediately: the next request with the token gets 401.',
  org: true,
  permission: 'service_accounts.write',
  params: { ...accountParams, tokenId: 'The API token id.' },
});

export const serviceAccountOperations = [
  listServiceAccountsOp,
  createServiceAccountOp,
  getServiceAccountOp,
  updateServiceAccountOp,
  deleteServiceAccountOp,
  listApiTokensOp,
  createApiTokenOp,
  revokeApiTokenOp,
];

