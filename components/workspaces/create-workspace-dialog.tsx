'use client';
// "New workspace": name, cluster, namespace (defaulted from the name), description, optional
// quota, its Pod Security level, and the explicit choice to adopt an existing namespace.
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { Dialog } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useToast } from '@/components/ui/toast';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionResult } from '@/lib/api/action-result';
import { defaultNamespaceFromName } from '@/lib/validation/names';
import type { WorkspaceDto } from '@/lib/workspaces';
import { POD_SECURITY_OPTIONS } from './pod-security-level';
import { DESCRIPTION_MAX, DNS_LABEL_MAX, QUANTITY_MAX } from '@/lib/validation/limits';

type Result = ActionResult<{ workspace: WorkspaceDto }> | null;

export function CreateWorkspaceDialog({ action, clusters }: { action: (prev: Result, form: FormData) => Promise<Result>; clusters: string[] }) {
  const [open, setOpen] = useState(false);
  const [name, setName] = useState('');
  const [namespace, setNamespace] = useState<string | null>(null);
  const router = useRouter();
  const toast = useToast();
  const { state, formAction, pending, values } = useFormAction(action, (result) => {
    if (!result.ok) return;
    setOpen(false);
    toast(`Workspace ${result.workspace.name} created: provisioning its namespace.`);
    router.refresh();
  });
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <>
      <Button onClick={() => setOpen(true)} disabled={clusters.length === 0} title={clusters.length === 0 ? 'Register a cluster first' : undefined}>
        New workspace
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} title="New workspace" description="A namespace in one of your clusters, with its own access grants.">
        <form action={formAction} className="flex flex-col gap-4" noValidate>
          {state && !state.ok && Object.keys(errors).length === 0 && <p role="alert" className="text-sm text-red-600 dark:text-red-400">{state.message}</p>}
          <Input maxLength={DNS_LABEL_MAX} id="ws-name" name="name" label="Name" required value={name} onChange={(e) => setName(e.target.value)} error={errors.name} hint="Lower-case letters, digits and dashes." />
          <Select id="ws-cluster" name="cluster" label="Cluster" required options={clusters.map((c) => ({ value: c, label: c }))} defaultValue={values.cluster} error={errors.cluster} />
          <Input maxLength={DNS_LABEL_MAX} id="ws-namespace" name="namespace" label="Namespace" value={namespace ?? defaultNamespaceFromName(name)} onChange={(e) => setNamespace(e.target.value)} error={errors.namespace} hint="Created for this workspace; defaults to its name." />
          <Input maxLength={DESCRIPTION_MAX} id="ws-description" name="description" label="Description" defaultValue={values.description} error={errors.description} />
          <fieldset className="grid grid-cols-3 gap-3">
            <legend className="mb-1.5 text-sm font-medium">Quota (optional)</legend>
            <Input maxLength={QUANTITY_MAX} id="ws-cpu" name="quotaCpu" label="CPU" placeholder="8" defaultValue={values.quotaCpu} error={errors['quota.cpu']} />
            <Input maxLength={QUANTITY_MAX} id="ws-memory" name="quotaMemory" label="Memory" placeholder="32Gi" defaultValue={values.quotaMemory} error={errors['quota.memory']} />
            <Input id="ws-max" name="quotaMaxDeployments" label="Deployments" inputMode="numeric" placeholder="10" defaultValue={values.quotaMaxDeployments} error={errors['quota.maxDeployments']} />
          </fieldset>
          <Select
            id="ws-pod-security"
            name="podSecurityLevel"
            label="Pod Security level"
            options={POD_SECURITY_OPTIONS}
            defaultValue={values.podSecurityLevel ?? 'restricted'}
            error={errors.podSecurityLevel}
            hint="Enforced on the namespace by Pod Security Admission. Baseline lets pods run as root; choose it only for images that need it."
          />
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="adoptNamespace" className="mt-0.5" defaultChecked={values.adoptNamespace !== undefined} />
            <span>
              Adopt the namespace if it already exists
              <span className="block text-xs text-fg-muted">Flotilla never takes over an existing namespace unless you choose to; the choice is audited.</span>
            </span>
          </label>
          <div className="flex justify-end gap-2">
            <Button variant="secondary" onClick={() => setOpen(false)}>Cancel</Button>
            <Button type="submit" loading={pending}>Create workspace</Button>
          </div>
        </form>
      </Dialog>
    </>
  );
}
