'use client';
// "Edit": rename or describe the cluster (credentials kept), change its address or TLS
// settings, or replace its credentials. A connection change is tested again on save.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { ClusterDetailDto } from '@/lib/validation/clusters';
import { ConnectionFields, type ConnectionState } from './connection-fields';
import { CredentialsFields, credentialsPayload, EMPTY_CREDENTIALS } from './credentials-fields';
import { DESCRIPTION_MAX, DNS_LABEL_MAX } from '@/lib/validation/limits';

type Action = (input: unknown) => Promise<ActionResult<{ cluster: ClusterDetailDto }>>;

export function EditClusterDialog({ orgSlug, cluster, action }: { orgSlug: string; cluster: ClusterDetailDto; action: Action }) {
  const [open, setOpen] = useState(false);
  const [pending, startTransition] = useTransition();
  const [result, setResult] = useState<Awaited<ReturnType<Action>> | null>(null);
  const [name, setName] = useState(cluster.name);
  const [description, setDescription] = useState(cluster.description);
  const [connection, setConnection] = useState<ConnectionState>({ apiServerUrl: cluster.apiServerUrl, caPem: cluster.caPem ?? '', tlsServerName: cluster.tlsServerName ?? '', insecureSkipTlsVerify: cluster.insecure });
  const [replace, setReplace] = useState(false);
  const [credentials, setCredentials] = useState(EMPTY_CREDENTIALS);
  const router = useRouter();
  const queryClient = useQueryClient();
  const toast = useToast();
  const errors = result && !result.ok ? result.fieldErrors : {};
  const fromKubeconfig = replace && credentials.type === 'kubeconfig';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const input = {
      name,
      description,
      ...(fromKubeconfig ? {} : { apiServerUrl: connection.apiServerUrl, caPem: connection.caPem || null, tlsServerName: connection.tlsServerName || null }),
      insecureSkipTlsVerify: connection.insecureSkipTlsVerify,
      ...(replace ? { credentials: credentialsPayload(credentials) } : {}),
    };
    startTransition(async () => {
      const res = await action(input);
      setResult(res);
      if (!res.ok) return;
      setOpen(false);
      toast(`Cluster ${res.cluster.name} saved.`);
      await queryClient.invalidateQueries({ queryKey: ['cluster', orgSlug] });
      if (res.cluster.name !== cluster.name) router.replace(`/orgs/${orgSlug}/clusters/${res.cluster.name}`);
      else router.refresh();
    });
  };

  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        Edit
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title={`Edit cluster ${cluster.name}`} description="Renaming keeps the credentials. A new address, TLS setting or credentials are tested on save.">
        <form onSubmit={submit} noValidate className="flex max-h-[70vh] flex-col gap-4 overflow-y-auto pr-1">
          {result && !result.ok && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{result.message}</p>}
          <Input maxLength={DNS_LABEL_MAX} id="edit-cluster-name" label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors.name} />
          <Input maxLength={DESCRIPTION_MAX} id="edit-cluster-description" label="Description" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} />
          <ConnectionFields idPrefix="edit-cluster" value={connection} onChange={setConnection} errors={errors} fromKubeconfig={fromKubeconfig} />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" className="size-4" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
            Replace the credentials
          </label>
          {replace && <CredentialsFields idPrefix="edit-cluster" value={credentials} onChange={setCredentials} errors={errors} />}
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" loading={pending}>Save</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
