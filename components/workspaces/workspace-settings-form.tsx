'use client';
// A workspace's description, quota and (for organization owners and admins) Pod Security level,
// for its admins. Field errors show under their fields and what was typed stays; saving a new
// quota or level turns the workspace pending until the cluster has it.
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useActionState, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormAlert } from '@/components/ui/form-alert';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { useToast } from '@/components/ui/toast';
import type { ActionResult } from '@/lib/api/action-result';
import type { WorkspaceDto } from '@/lib/workspaces';
import { POD_SECURITY_HELP, POD_SECURITY_OPTIONS } from './pod-security-level';
import { workspaceKey } from './use-live-workspace';
import { overviewKey } from './use-workspace-overview';
import { DESCRIPTION_MAX, QUANTITY_MAX } from '@/lib/validation/limits';

type Result = ActionResult<{ workspace: WorkspaceDto }> | null;

interface Props {
  orgSlug: string;
  workspace: WorkspaceDto;
  /** Whether the caller may choose the Pod Security level (an organization owner or admin). */
  canChooseLevel: boolean;
  action: (prev: Result, form: FormData) => Promise<Result>;
}

export function WorkspaceSettingsForm({ orgSlug, workspace, canChooseLevel, action }: Props) {
  const [description, setDescription] = useState(workspace.description);
  const [level, setLevel] = useState(workspace.podSecurityLevel);
  const [cpu, setCpu] = useState(workspace.quota.cpu ?? '');
  const [memory, setMemory] = useState(workspace.quota.memory ?? '');
  const [maxDeployments, setMaxDeployments] = useState(workspace.quota.maxDeployments?.toString() ?? '');
  const queryClient = useQueryClient();
  const router = useRouter();
  const toast = useToast();
  const [state, formAction, pending] = useActionState(async (prev: Result, form: FormData) => {
    const result = await action(prev, form);
    if (result?.ok) {
      toast(result.workspace.state === 'pending' ? 'Settings saved: applying them to the namespace.' : 'Settings saved.');
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: overviewKey(orgSlug, workspace.name) }),
        queryClient.invalidateQueries({ queryKey: workspaceKey(orgSlug, workspace.name) }),
      ]);
      router.refresh();
    }
    return result;
  }, null);
  const errors = state && !state.ok ? state.fieldErrors : {};
  return (
    <form action={formAction} className="flex flex-col gap-5" noValidate>
      {state && !state.ok && Object.keys(errors).length === 0 && <FormAlert message={state.message} />}
      <Textarea maxLength={DESCRIPTION_MAX} id="ws-settings-description" name="description" label="Description" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} hint={`Shown in the workspace list. At most ${DESCRIPTION_MAX} characters.`} />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium">Quota</legend>
        <p className="-mt-1 text-xs text-fg-muted">
          Applied to namespace <span className="font-mono">{workspace.namespace}</span> as a ResourceQuota: CPU and memory cap the pods’ requests and limits. Leave all three empty for no quota.
        </p>
        <div className="grid gap-3 sm:grid-cols-3">
          <Input maxLength={QUANTITY_MAX} id="ws-settings-cpu" name="quotaCpu" label="CPU" placeholder="8" value={cpu} onChange={(e) => setCpu(e.target.value)} error={errors['quota.cpu']} hint="Cores, e.g. 8 or 500m." />
          <Input maxLength={QUANTITY_MAX} id="ws-settings-memory" name="quotaMemory" label="Memory" placeholder="32Gi" value={memory} onChange={(e) => setMemory(e.target.value)} error={errors['quota.memory']} hint="e.g. 32Gi or 512Mi." />
          <Input
            id="ws-settings-max"
            name="quotaMaxDeployments"
            label="Flink deployments"
            inputMode="numeric"
            placeholder="10"
            value={maxDeployments}
            onChange={(e) => setMaxDeployments(e.target.value)}
            error={errors['quota.maxDeployments']}
            hint="Applications and sessions together."
          />
        </div>
      </fieldset>
      {canChooseLevel ? (
        <Select
          id="ws-settings-pod-security"
          name="podSecurityLevel"
          label="Pod Security level"
          options={POD_SECURITY_OPTIONS}
          value={level}
          onChange={(e) => setLevel(e.target.value as typeof level)}
          error={errors.podSecurityLevel}
          hint={`Enforced on namespace ${workspace.namespace} by Pod Security Admission. ${POD_SECURITY_HELP[level]}`}
        />
      ) : (
        <div className="flex flex-col gap-1 text-sm">
          <span className="font-medium">Pod Security level</span>
          <span>
            {workspace.podSecurityLevel} <span className="text-fg-muted">— only organization owners and admins may change it.</span>
          </span>
        </div>
      )}
      <div className="flex justify-end">
        <Button type="submit" loading={pending}>
          Save changes
        </Button>
      </div>
    </form>
  );
}
