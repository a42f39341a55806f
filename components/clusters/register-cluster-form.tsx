'use client';
// "Register a cluster": name, address and CA, credentials (token, client certificate or a
// kubeconfig and its context), the insecure opt-in. Registering tests the connection; on
// success the cluster's page shows the report. Values stay in the form (in the browser only)
// when the server answers field errors; secrets are never sent back.
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { ClusterDetailDto } from '@/lib/validation/clusters';
import { ConnectionFields, type ConnectionState } from './connection-fields';
import { CredentialsFields, credentialsPayload, EMPTY_CREDENTIALS, type CredentialsState } from './credentials-fields';
import { DESCRIPTION_MAX, DNS_LABEL_MAX } from '@/lib/validation/limits';

type Action = (input: unknown) => Promise<ActionResult<{ cluster: ClusterDetailDto }>>;

export function RegisterClusterForm({ orgSlug, action }: { orgSlug: string; action: Action }) {
  const router = useRouter();
  const toast = useToast();
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<Awaited<ReturnType<Action>> | null>(null);
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [connection, setConnection] = useState<ConnectionState>({ apiServerUrl: '', caPem: '', tlsServerName: '', insecureSkipTlsVerify: false });
  const [credentials, setCredentials] = useState<CredentialsState>(EMPTY_CREDENTIALS);
  const fromKubeconfig = credentials.type === 'kubeconfig';
  const errors = result && !result.ok ? result.fieldErrors : {};

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      name,
      description,
      ...(fromKubeconfig ? {} : { apiServerUrl: connection.apiServerUrl, caPem: connection.caPem, tlsServerName: connection.tlsServerName }),
      insecureSkipTlsVerify: connection.insecureSkipTlsVerify,
      credentials: credentialsPayload(credentials),
    };
    startTransition(async () => {
      const res = await action(input);
      setResult(res);
      if (res.ok) {
        toast(`Cluster ${res.cluster.name} registered: ${res.cluster.connectionReport?.summary ?? 'tested.'}`, res.cluster.health.status === 'reachable' ? 'success' : 'info');
        router.push(`/orgs/${orgSlug}/clusters/${res.cluster.name}`);
      }
    });
  };

  return (
    <form onSubmit={submit} noValidate className="flex max-w-2xl flex-col gap-6">
      {result && !result.ok && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-2 text-sm text-red-800 dark:border-red-800 dark:bg-red-950/60 dark:text-red-200">
          {result.message}
        </p>
      )}
      <div className="flex flex-col gap-4">
        <Input maxLength={DNS_LABEL_MAX} id="cluster-name" label="Name" required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} placeholder="prod-eu" hint="Lower-case letters, digits and dashes. Workspaces refer to it." />
        <Input maxLength={DESCRIPTION_MAX} id="cluster-description" label="Description" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} />
      </div>
      <CredentialsFields idPrefix="cluster" value={credentials} onChange={setCredentials} errors={errors} />
      <ConnectionFields idPrefix="cluster" value={connection} onChange={setConnection} errors={errors} fromKubeconfig={fromKubeconfig} />
      <div className="flex items-center gap-3">
        <Button type="submit" loading={pending}>
          {pending ? 'Testing the connection…' : 'Register and test'}
        </Button>
        <p className="text-xs text-fg-muted">Flotilla connects to the cluster to check TLS, authentication, the Flink operator&apos;s CRDs and its permissions.</p>
      </div>
    </form>
  );
}
