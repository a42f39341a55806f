// What a workspace's state means and what to do about it, in words for the overview. The
// reconciler's own message (why it waits, what the cluster refused) is shown beside it.
import type { WorkspaceDto } from '@/lib/workspaces';

export interface StateHelp {
  meaning: string;
  todo: string | null;
}

const NAMESPACE_TAKEN = /already exists and belongs to/;

export function workspaceStateHelp(state: WorkspaceDto['state'], message: string | null): StateHelp {
  switch (state) {
    case 'ready':
      return { meaning: 'The namespace, its ServiceAccount, Role, RoleBinding and quota are in place as configured.', todo: null };
    case 'pending':
      return {
        meaning: message
          ? 'Flotilla is bringing the namespace in line with the latest change, and the cluster has not confirmed it yet.'
          : 'Flotilla is applying the latest change to the namespace.',
        todo: message
          ? 'Nothing, usually: Flotilla keeps retrying and the workspace turns ready once the cluster answers. If it keeps waiting, check the cluster’s health.'
          : null,
      };
    case 'error':
      return {
        meaning: 'The cluster refused the workspace, and retrying cannot fix it.',
        todo: message && NAMESPACE_TAKEN.test(message)
          ? 'Delete this workspace and create it again with another namespace, or choose to adopt the existing one when you create it.'
          : 'Fix the cause named above. Changing the quota in Settings applies the workspace again; otherwise delete it and create it anew.',
      };
    case 'deleting':
      return {
        meaning: 'Flotilla is removing what it created in the cluster. The workspace disappears once the cluster confirms.',
        todo: message ? 'Nothing, usually: Flotilla keeps retrying until the cluster answers.' : null,
      };
  }
}
