// The connection test: can Flotilla reach this cluster, is the identity accepted (an
// authenticated SelfSubjectReview: /version alone proves nothing), which Kubernetes version,
// are the Flink operator's CRDs installed and which flinkVersion values they accept, and which
// of the permissions Flotilla needs are missing (SelfSubjectAccessReview each). Produces a
// report a person can act on; it never contains credentials.
import 'server-only';
import { createClusterClient, ClusterRequestError, type ClusterClient, type ClusterClientOptions, type ClusterConnection } from '@/lib/k8s/cluster-client';
import { requiredPermissionChecks, type PermissionCheck } from '@/lib/k8s/required-permissions';
import type { ConnectionReport } from '@/lib/validation/clusters';
import { detectFlinkCrds, REQUIRED_FLINK_CRDS } from './operator-capabilities';
import { renderMissingRbac } from './missing-rbac';
import { describeError } from '@/lib/api/errors';

const PERMISSION_CONCURRENCY = 8;

export interface ConnectionTestOptions extends ClusterClientOptions {
  /** Check each required permission (the full test); the background probe skips this. */
  permissions?: boolean;
}

type Step = ConnectionReport['steps'][number];

export async function runConnectionTest(conn: ClusterConnection, opts: ConnectionTestOptions = {}): Promise<ConnectionReport> {
  const started = Date.now();
  const client = createClusterClient(conn, opts);
  const steps: Step[] = [];
  const report = (fields: Pick<ConnectionReport, 'health' | 'problem' | 'summary'> & Partial<ConnectionReport>): ConnectionReport => ({
    checkedAt: new Date().toISOString(),
    durationMs: Date.now() - started,
    steps,
    identity: null,
    kubernetesVersion: null,
    crds: null,
    permissions: null,
    ...fields,
  });
  try {
    const review = await client.post<{ status?: { userInfo?: { username?: string; groups?: string[] } } }>(
      '/apis/authentication.k8s.io/v1/selfsubjectreviews',
      { apiVersion: 'authentication.k8s.io/v1', kind: 'SelfSubjectReview' },
    );
    steps.push({ name: 'Connection', ok: true, detail: conn.insecureSkipTlsVerify ? 'Connected; TLS verification is OFF for this cluster.' : 'Connected; the TLS certificate verified.' });
    if (review.status === 401) {
      const how = conn.credentials.kind === 'token' ? 'token' : 'client certificate';
      steps.push({ name: 'Authentication', ok: false, detail: `The API server rejected the ${how} (401 Unauthorized).` });
      return report({ health: 'auth_failed', problem: 'auth_failed', summary: `Authentication failed: the API server does not accept this ${how}.` });
    }
    const userInfo = review.body.status?.userInfo;
    const identity = userInfo?.username ? { username: userInfo.username, groups: userInfo.groups ?? [] } : null;
    steps.push({
      name: 'Authentication',
      ok: true,
      detail: identity ? `Authenticated as ${identity.username}.` : `Authenticated (SelfSubjectReview answered ${review.status}).`,
    });

    const version = await client.get<{ gitVersion?: string }>('/version');
    const kubernetesVersion = version.status === 200 ? (version.body.gitVersion ?? null) : null;
    steps.push({ name: 'Kubernetes version', ok: kubernetesVersion !== null, detail: kubernetesVersion ?? `Unknown (/version answered ${version.status}).` });

    const crds = await detectFlinkCrds(client);
    // FlinkStateSnapshot is optional: before 1.10 savepoints go through the trigger nonce.
    const missing = crds.missing.filter((k) => (REQUIRED_FLINK_CRDS as readonly string[]).includes(k));
    steps.push({
      name: 'Flink operator CRDs',
      ok: missing.length === 0,
      detail:
        missing.length === 0
          ? `Installed: ${crds.installed.join(', ')}; FlinkDeployment accepts flinkVersion ${crds.flinkVersions.join(', ') || '(unknown: the CRD could not be read)'}.`
          : `Missing: ${missing.join(', ')}. Install the Apache Flink Kubernetes Operator (1.7 or later) in this cluster.`,
    });
    if (missing.length === 0 && crds.operator) {
      const how = crds.operator.savepoints === 'snapshot' ? 'savepoints are FlinkStateSnapshots' : 'savepoints are taken through spec.job.savepointTriggerNonce (no FlinkStateSnapshot)';
      steps.push({ name: 'Flink operator', ok: true, detail: `${crds.operator.detail} ${how[0]!.toUpperCase()}${how.slice(1)}.` });
    }

    let permissions: ConnectionReport['permissions'] = null;
    if (opts.permissions !== false) {
      const checks = requiredPermissionChecks();
      const missing = await missingPermissions(client, checks);
      permissions = { checked: checks.length, missing, rbac: renderMissingRbac(missing, identity?.username ?? null) };
      steps.push({
        name: 'Permissions',
        ok: missing.length === 0,
        detail: missing.length === 0 ? `All ${checks.length} permissions Flotilla needs are granted.` : `${missing.length} of ${checks.length} permissions are missing.`,
      });
    }

    const base = { identity, kubernetesVersion, crds, permissions };
    if (missing.length > 0) {
      return report({ ...base, health: 'crds_missing', problem: 'crds_missing', summary: `The Flink operator's CRDs are missing: ${missing.join(', ')}.` });
    }
    if (permissions && permissions.missing.length > 0) {
      return report({ ...base, health: 'reachable', problem: 'permissions_missing', summary: `Reachable, but ${permissions.missing.length} permissions Flotilla needs are missing.` });
    }
    return report({ ...base, health: 'reachable', problem: null, summary: `Reachable: Kubernetes ${kubernetesVersion ?? '(unknown version)'} with the Flink operator's CRDs.` });
  } catch (err) {
    if (err instanceof ClusterRequestError) {
      steps.push({ name: 'Connection', ok: false, detail: err.message });
      return report({ health: 'unreachable', problem: err.kind, summary: err.message });
    }
    console.error(`[clusters] connection test failed unexpectedly: ${describeError(err)}`);
    steps.push({ name: 'Connection', ok: false, detail: 'The test failed unexpectedly.' });
    return report({ health: 'unreachable', problem: 'error', summary: 'The connection test failed unexpectedly; see the server log.' });
  } finally {
    client.close();
  }
}

async function missingPermissions(client: ClusterClient, checks: PermissionCheck[]): Promise<PermissionCheck[]> {
  const allowed: boolean[] = new Array(checks.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < checks.length; i = next++) {
      const c = checks[i]!;
      const res = await client.post<{ status?: { allowed?: boolean } }>('/apis/authorization.k8s.io/v1/selfsubjectaccessreviews', {
        apiVersion: 'authorization.k8s.io/v1',
        kind: 'SelfSubjectAccessReview',
        spec: { resourceAttributes: { group: c.group, resource: c.resource, subresource: c.subresource, name: c.name, verb: c.verb } },
      });
      allowed[i] = res.status === 201 && res.body.status?.allowed === true;
    }
  };
  await Promise.all(Array.from({ length: PERMISSION_CONCURRENCY }, worker));
  return checks.filter((_, i) => !allowed[i]);
}
