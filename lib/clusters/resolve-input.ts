// Turns validated registration input into a connection: a pasted kubeconfig is reduced to the
// allowed fields (lib/k8s/kubeconfig), and the address is checked against the address policy
// before anything connects. Problems become field errors (422), and nothing is stored.
import 'server-only';
import { z } from 'zod';
import { fieldErrorsOf } from '@/lib/api/parse';
import { getConfig } from '@/lib/config';
import { ValidationError } from '@/lib/errors';
import { checkHost } from '@/lib/k8s/address-policy';
import type { ClusterConnection } from '@/lib/k8s/cluster-client';
import { reduceKubeconfig } from '@/lib/k8s/kubeconfig';
import { ApiServerUrl, type RegisterClusterInput } from '@/lib/validation/clusters';
import type { ClusterCredentials } from './credentials-crypto';

type Credentials = z.output<typeof RegisterClusterInput>['credentials'];

export interface ResolvedCredentials {
  credentials: ClusterCredentials;
  /** Set when the credentials came from a kubeconfig, which also names the server. */
  fromKubeconfig?: { apiServerUrl: string; caPem: string | null; tlsServerName: string | null };
}

export function resolveCredentials(input: Credentials): ResolvedCredentials {
  if (input.type === 'token') return { credentials: { kind: 'token', token: input.token } };
  if (input.type === 'client_certificate') {
    return { credentials: { kind: 'client_certificate', certPem: input.clientCertificatePem, keyPem: input.clientKeyPem } };
  }
  const reduced = reduceKubeconfig(input.kubeconfig, input.context);
  if (!reduced.ok) throw new ValidationError({ 'credentials.kubeconfig': reduced.errors }, 'The kubeconfig cannot be used.');
  const server = ApiServerUrl.safeParse(reduced.value.server);
  if (!server.success) {
    const messages = Object.values(fieldErrorsOf(server.error)).flat();
    throw new ValidationError({ 'credentials.kubeconfig': messages.map((m) => `The context's server ${reduced.value.server}: ${m}`) });
  }
  const { caPem, tlsServerName, credentials } = reduced.value;
  return { credentials, fromKubeconfig: { apiServerUrl: server.data, caPem, tlsServerName } };
}

/** Refuses metadata names and refused literal addresses without any connection attempt. */
export function assertAddressAllowed(connection: Pick<ClusterConnection, 'apiServerUrl'>, field: string): void {
  const verdict = checkHost(new URL(connection.apiServerUrl).hostname, getConfig().clusterAddresses);
  if (!verdict.ok) throw new ValidationError({ [field]: [verdict.reason] }, `Address refused: ${verdict.reason}`);
}
