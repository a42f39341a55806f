'use client';
// The organization's clusters with live health: name, address, health (with when it was last
// checked and last succeeded), Kubernetes and Flink versions, and the insecure flag.
import Link from 'next/link';
import { Table, TBody, Td, Th, THead, Tr } from '@/components/ui/table';
import type { ClusterDto } from '@/lib/validation/clusters';
import { FlinkVersions } from './flink-versions';
import { HealthBadge } from './health-badge';
import { InsecureBadge } from './insecure-badge';
import { useLiveClusters } from './use-live-clusters';
import { visibleText } from '@/lib/validation/text';

export function ClustersTable({ orgSlug, initial }: { orgSlug: string; initial: ClusterDto[] }) {
  const clusters = useLiveClusters(orgSlug, initial);
  return (
    <Table aria-label="Clusters">
      <THead>
        <tr>
          <Th>Name</Th>
          <Th>API server</Th>
          <Th>Health</Th>
          <Th>Kubernetes</Th>
          <Th>Flink versions</Th>
          <Th className="text-right">Workspaces</Th>
        </tr>
      </THead>
      <TBody>
        {clusters.map((c) => (
          <Tr key={c.id} data-testid={`cluster-row-${c.name}`}>
            <Td>
              <Link href={`/orgs/${orgSlug}/clusters/${c.name}`} className="font-medium text-accent-700 hover:underline dark:text-accent-100">
                {c.name}
              </Link>
              {c.description && <p className="max-w-xs truncate text-xs text-fg-muted">{visibleText(c.description, { multiline: true })}</p>}
            </Td>
            <Td>
              <div className="flex flex-col items-start gap-1">
                <span className="font-mono text-xs">{c.apiServerUrl}</span>
                {c.insecure && <InsecureBadge />}
              </div>
            </Td>
            <Td>
              <HealthBadge health={c.health} />
            </Td>
            <Td className="font-mono text-xs">{c.kubernetesVersion ?? '—'}</Td>
            <Td>
              <FlinkVersions versions={c.flinkVersions} />
            </Td>
            <Td className="text-right tabular-nums">{c.workspaces}</Td>
          </Tr>
        ))}
      </TBody>
    </Table>
  );
}
