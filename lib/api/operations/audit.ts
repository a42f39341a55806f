// The audit log's operation of /api/v1.
import { AuditEventSchema, ListAuditEventsInput } from '@/lib/validation/audit';
import { defineOperation } from '../operation';
import { pageSchema } from '../pagination';

export const listAuditEventsOp = defineOperation({
  operationId: 'listAuditEvents',
  method: 'GET',
  path: '/orgs/{org}/audit-events',
  tag: 'Audit log',
  summary: "List the organization's audit events, newest first",
  org: true,
  permission: 'audit.read',
  query: ListAuditEventsInput,
  response: pageSchema(AuditEventSchema),
});

export const auditOperations = [listAuditEventsOp];
