'use client';
// The notice under a workspace's header while its cluster cannot be used: which cluster, since
// when, why, and that the statuses on every page of the workspace are the last ones observed
// (DESIGN.md: never invent a state). It appears and goes away by itself as the probe's findings
// change. Only organization admins get the link: members may not open a cluster's page.
import Link from 'next/link';
import { formatTime } from '@/components/audit/format-time';
import { AlertIcon } from '@/components/icons';
import type { WorkspaceWithRole } from '@/lib/validation/workspaces';
import { clusterOutage } from './cluster-outage';
import { useLiveWorkspace } from './use-live-workspace';

export function ClusterNotice({ orgSlug, initial, clusterHref }: { orgSlug: string; initial: WorkspaceWithRole; clusterHref: string | null }) {
  const outage = clusterOutage(useLiveWorkspace(orgSlug, initial).cluster);
  // The live region is always there, so assistive technology announces the notice when it appears.
  return (
    <div role="status" aria-live="polite" data-testid="cluster-notice">
      {outage && (
        <div className="mb-6 flex gap-3 rounded-lg border border-amber-300 bg-amber-50 px-4 py-3 text-sm text-amber-900 dark:border-amber-900 dark:bg-amber-950/60 dark:text-amber-100">
          <AlertIcon className="mt-0.5 size-4 shrink-0" />
          <div className="flex min-w-0 flex-col gap-1">
            <p className="font-medium">{outage.title}</p>
            {outage.reason && <p className="break-words">{outage.reason}</p>}
            <p className="text-amber-800 dark:text-amber-200">
              What you see here is the last status observed; changes you make are kept and applied when the cluster answers again.
            </p>
            {(outage.checkedAt || clusterHref) && (
              <p className="flex flex-wrap gap-x-3 text-xs text-amber-800 dark:text-amber-200">
                {outage.checkedAt && <span>Last checked {formatTime(outage.checkedAt)}</span>}
                {clusterHref && (
                  <Link href={clusterHref} className="font-medium underline">
                    Open the cluster
                  </Link>
                )}
              </p>
            )}
          </div>
        </div>
      )}
    </div>
  );
}
