// The narrow Kubernetes API the reconciler needs: read, server-side apply under Flotilla's one
// field manager, delete. Transports implement it (the cluster client for registered clusters);
// the reconciler's logic stays testable against any real API server.
export interface KubeResponse<T = Record<string, unknown>> {
  status: number;
  body: T;
}

export interface KubeApi {
  get<T = Record<string, unknown>>(path: string): Promise<KubeResponse<T>>;
  /**
   * Server-side apply (`application/apply-patch+yaml`, force) under FIELD_MANAGER, or under another
   * manager for a field Flotilla sets apart from the object's spec (SAVEPOINT_FIELD_MANAGER).
   */
  apply<T = Record<string, unknown>>(path: string, object: unknown, fieldManager?: string): Promise<KubeResponse<T>>;
  delete<T = Record<string, unknown>>(path: string): Promise<KubeResponse<T>>;
}

export const FIELD_MANAGER = 'flotilla';
/** Owns only `spec.job.savepointTriggerNonce`, so applying the spec again never removes a trigger. */
export const SAVEPOINT_FIELD_MANAGER = 'flotilla-savepoints';

/** One line of a watch stream; ERROR carries a Status (410 when the resourceVersion is too old). */
export interface WatchEvent {
  type: 'ADDED' | 'MODIFIED' | 'DELETED' | 'BOOKMARK' | 'ERROR';
  object: { metadata?: { name?: string; namespace?: string; resourceVersion?: string }; code?: number; message?: string };
}

const CORE_PLURALS: Record<string, string> = {
  Namespace: 'namespaces',
  ServiceAccount: 'serviceaccounts',
  ResourceQuota: 'resourcequotas',
  ConfigMap: 'configmaps',
  Role: 'roles',
  RoleBinding: 'rolebindings',
  FlinkDeployment: 'flinkdeployments',
  FlinkSessionJob: 'flinksessionjobs',
  FlinkStateSnapshot: 'flinkstatesnapshots',
};

/** The REST path of an object: /api/v1/namespaces/x/serviceaccounts/flink, /apis/g/v/… */
export function objectPath(obj: { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } }): string {
  const plural = CORE_PLURALS[obj.kind];
  if (!plural) throw new Error(`no REST path known for kind ${obj.kind}`);
  const prefix = obj.apiVersion.includes('/') ? `/apis/${obj.apiVersion}` : `/api/${obj.apiVersion}`;
  const ns = obj.metadata.namespace ? `/namespaces/${obj.metadata.namespace}` : '';
  return `${prefix}${ns}/${plural}/${obj.metadata.name}`;
}

/** Thrown when the API server answers with an unexpected status; `permanent` when retrying cannot help. */
export class KubeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }

  /** 400 and 422: the object itself is wrong. 401/403 may be fixed by the cluster's owner, so they are retried. */
  get permanent(): boolean {
    return this.status === 400 || this.status === 422;
  }
}

export function expectStatus(res: KubeResponse, ok: number[], what: string): void {
  if (ok.includes(res.status)) return;
  const message = (res.body as { message?: string })?.message ?? `HTTP ${res.status}`;
  throw new KubeApiError(res.status, `${what}: ${res.status} ${message}`);
}
