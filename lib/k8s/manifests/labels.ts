// The labels that mark what Flotilla created (DESIGN.md, "The Kubernetes contract"). Flotilla
// changes or deletes only objects that carry them, so every builder stamps them and every
// destructive path checks them with isManagedByFlotilla first. Pure and client-safe.

export const FLOTILLA_LABELS = {
  managedBy: 'app.kubernetes.io/managed-by',
  workspace: 'flotilla.dev/workspace',
  resource: 'flotilla.dev/resource',
} as const;

export const MANAGED_BY_FLOTILLA = 'flotilla';

/** Labels people may not set themselves: they would make Flotilla claim or disown an object. */
export const RESERVED_LABEL_PREFIXES = ['flotilla.dev/', FLOTILLA_LABELS.managedBy];

/** The labels of an object in `workspaceId`, and of the Flink resource `resourceId` when given. */
export function flotillaLabels(workspaceId: string, resourceId?: string): Record<string, string> {
  return {
    [FLOTILLA_LABELS.managedBy]: MANAGED_BY_FLOTILLA,
    [FLOTILLA_LABELS.workspace]: workspaceId,
    ...(resourceId ? { [FLOTILLA_LABELS.resource]: resourceId } : {}),
  };
}

/** A label selector matching what Flotilla created in a workspace (for list and watch calls). */
export function flotillaSelector(workspaceId: string, resourceId?: string): string {
  return Object.entries(flotillaLabels(workspaceId, resourceId))
    .map(([key, value]) => `${key}=${value}`)
    .join(',');
}

interface Labelled {
  metadata?: { labels?: Record<string, string> | null } | null;
}

/**
 * Whether Flotilla created `obj` — and, when `workspaceId` is given, for that workspace: an object
 * of another workspace sharing the cluster is never Flotilla's to change from this one.
 */
export function isManagedByFlotilla(obj: Labelled | null | undefined, workspaceId?: string): boolean {
  const labels = obj?.metadata?.labels ?? {};
  if (labels[FLOTILLA_LABELS.managedBy] !== MANAGED_BY_FLOTILLA) return false;
  return workspaceId === undefined || labels[FLOTILLA_LABELS.workspace] === workspaceId;
}
