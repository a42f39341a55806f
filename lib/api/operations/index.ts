// THE registry of /api/v1 operations: the OpenAPI document and the API reference page list
// exactly these. A feature adds its operations file beside these and one line here.
import type { ApiOperation } from '../operation';
import { applicationOperations } from './applications';
import { auditOperations } from './audit';
import { clusterOperations } from './clusters';
import { meOperations } from './me';
import { memberOperations } from './members';
import { organizationOperations } from './organizations';
import { serviceAccountOperations } from './service-accounts';
import { sessionOperations } from './sessions';
import { workspaceOperations } from './workspaces';

export const API_OPERATIONS: readonly ApiOperation[] = [
  ...meOperations,
  ...organizationOperations,
  ...memberOperations,
  ...serviceAccountOperations,
  ...clusterOperations,
  ...workspaceOperations,
  ...applicationOperations,
  ...sessionOperations,
  ...auditOperations,
] as readonly ApiOperation[];
