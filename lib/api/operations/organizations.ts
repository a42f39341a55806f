// The organization's own operations of /api/v1.
import { OrganizationSchema, UpdateOrganizationInput } from '@/lib/validation/organization-settings';
import { defineOperation } from '../operation';

export const getOrganizationOp = defineOperation({
  operationId: 'getOrganization',
  method: 'GET',
  path: '/orgs/{org}',
  tag: 'Organizations',
  summary: 'Get the organization',
  org: true,
  permission: 'organization.read',
  response: OrganizationSchema,
});

export const updateOrganizationOp = defineOperation({
  operationId: 'updateOrganization',
  method: 'PATCH',
  path: '/orgs/{org}',
  tag: 'Organizations',
  summary: 'Rename the organization',
  org: true,
  permission: 'organization.update',
  body: UpdateOrganizationInput,
  response: OrganizationSchema,
});

export const organizationOperations = [getOrganizationOp, updateOrganizationOp];
