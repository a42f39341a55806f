'use client';
// A workspace's header on every page of it: name, live state (with the reason when it is not
// ready), where it lives and the reader's role. Layouts are not rendered again when the user moves
// between the workspace's pages, so the state follows the live query, not the first render.
import { StatusBadge } from '@/components/ui/status-badge';
import type { WorkspaceWithRole } from '@/lib/validation/workspaces';
import { useLiveWorkspace } from './use-live-workspace';

export function WorkspaceHeader({ orgSlug, initial }: { orgSlug: string; initial: WorkspaceWithRole }) {
  const workspace = useLiveWorkspace(orgSlug, initial);
  return (
    <div>
      <p className="text-xs font-medium tracking-wide text-fg-muted uppercase">Workspace</p>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h1 className="min-w-0 text-2xl font-semibold tracking-tight break-words">{workspace.name}</h1>
        <span data-testid="workspace-state">
          <StatusBadge status={workspace.state} />
        </span>
      </div>
      <p className="mt-1 text-sm text-fg-muted">
        Namespace <span className="font-mono text-xs">{workspace.namespace}</span> on cluster {workspace.cluster.name} · your role: {workspace.role}
      </p>
      {workspace.stateMessage && <p className="mt-1 text-sm text-amber-700 dark:text-amber-300">{workspace.stateMessage}</p>}
    </div>
  );
}
