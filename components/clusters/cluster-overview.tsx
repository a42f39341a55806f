'use client';
// A cluster's page body, kept live: health, what Flotilla knows of it, and the last connection
// report. Polls the REST API; "Test connection" and edits refresh it at once.
import { Card } from '@/components/ui/card';
import type { ClusterDetailDto } from '@/lib/validation/clusters';
import { ConnectionReport } from './connection-report';
import { FlinkVersions } from './flink-versions';
import { HealthBadge } from './health-badge';
import { InsecureBadge } from './insecure-badge';
import { useLiveCluster } from './use-live-clusters';

function Row({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-[10rem_1fr] gap-4 py-2 text-sm">
      <dt className="text-fg-muted">{label}</dt>
      <dd className="min-w-0 break-words">{children}</dd>
    </div>
  );
}

/** What the connection test and probes detected of the operator: served kinds, version, savepoint method. */
function operatorText(c: ClusterDetailDto): string {
  const crds = c.connectionReport?.crds;
  if (!crds) return '—';
  const served = Object.entries(crds.served ?? {}).map(([kind, versions]) => `${kind} (${versions.join(', ')})`);
  const kinds = served.length ? served.join(', ') : crds.installed.join(', ') || 'none';
  if (!crds.operator) return `Serves ${kinds}.`;
  const savepoints = crds.operator.savepoints === 'snapshot' ? 'Savepoints: FlinkStateSnapshot.' : 'Savepoints: trigger nonce and savepointInfo (no FlinkStateSnapshot before 1.10).';
  return `${crds.operator.detail} Serves ${kinds}. ${savepoints}`;
}

export function ClusterOverview({ orgSlug, initial }: { orgSlug: string; initial: ClusterDetailDto }) {
  const c = useLiveCluster(orgSlug, initial);
  return (
    <div className="flex flex-col gap-6">
      <Card title="Health">
        <HealthBadge health={c.health} detailed />
      </Card>
      <Card title="Cluster">
        <dl className="divide-y divide-border">
          <Row label="API server">
            <span className="font-mono text-xs">{c.apiServerUrl}</span> {c.insecure && <InsecureBadge />}
          </Row>
          <Row label="TLS">{c.insecure ? 'Verification is OFF (an admin opted out).' : c.caPem ? 'Verified against the pasted CA certificate.' : 'Verified against public CAs.'}</Row>
          {c.tlsServerName && <Row label="TLS server name">{c.tlsServerName}</Row>}
          <Row label="Authentication">{c.credentialKind === 'token' ? 'Bearer token' : 'Client certificate'} (stored encrypted, never shown)</Row>
          <Row label="Kubernetes">{c.kubernetesVersion ?? '—'}</Row>
          <Row label="Flink versions">
            <FlinkVersions versions={c.flinkVersions} />
          </Row>
          <Row label="Flink operator">{operatorText(c)}</Row>
          <Row label="Workspaces">{c.workspaces}</Row>
        </dl>
      </Card>
      <Card title="Connection report">
        {c.connectionReport ? <ConnectionReport report={c.connectionReport} /> : <p className="text-sm text-fg-muted">Not tested yet.</p>}
      </Card>
    </div>
  );
}
