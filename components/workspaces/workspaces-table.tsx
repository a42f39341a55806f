'use client';
// The organization's workspaces with their live state, and a hint where a workspace's cluster
// cannot be used (its statuses are then the last ones observed).
import Link from 'next/link';
import { StatusBadge } from '@/components/ui/status-badge';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { WorkspaceListItem } from '@/lib/workspaces/read';
import { clusterOutage } from './cluster-outage';
import { useLiveWorkspaces } from './use-live-workspaces';
import { visibleText } from '@/lib/validation/text';

export function WorkspacesTable({ orgSlug, initial }: { orgSlug: string; initial: WorkspaceListItem[] }) {
  const workspaces = useLiveWorkspaces(orgSlug, initial);
  return (
    <Table>
      <THead>
        <Tr>
          <Th>Name</Th>
          <Th>State</Th>
          <Th>Cluster</Th>
          <Th>Namespace</Th>
          <Th className="text-right">Applications</Th>
          <Th className="text-right">Sessions</Th>
        </Tr>
      </THead>
      <TBody>
        {workspaces.map((w) => {
          const outage = clusterOutage(w.cluster);
          return (
            <Tr key={w.id}>
              <Td>
                <Link href={`/orgs/${orgSlug}/workspaces/${w.name}`} className="font-medium hover:underline">
                  {w.name}
                </Link>
                {w.description && <p className="text-xs text-fg-muted">{visibleText(w.description, { multiline: true })}</p>}
              </Td>
              <Td>
                <StatusBadge status={w.state} />
                {w.stateMessage && <p className="mt-1 max-w-xs text-xs text-fg-muted">{w.stateMessage}</p>}
              </Td>
              <Td>
                {w.cluster.name}
                {outage && (
                  <p className="mt-1" title={outage.title} data-testid="workspace-cluster-health">
                    <StatusBadge status={w.cluster.health.status} />
                  </p>
                )}
              </Td>
              <Td className="font-mono text-xs">{w.namespace}</Td>
              <Td className="text-right tabular-nums">{w.applications}</Td>
              <Td className="text-right tabular-nums">{w.sessions}</Td>
            </Tr>
          );
        })}
      </TBody>
    </Table>
  );
}
