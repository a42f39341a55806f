// A cluster's Flink versions as one short line (flinkVersionSummary): a badge with the range the
// operator runs and, muted, the older ones its CRD still lists; every CRD value in the tooltip.
import { flinkVersionSummary } from '@/components/flink/format';
import { Badge } from '@/components/ui/badge';

export function FlinkVersions({ versions }: { versions: string[] }) {
  const { runs, older } = flinkVersionSummary(versions);
  if (versions.length === 0) return <span className="text-fg-muted">—</span>;
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2 gap-y-1" title={`The CRD accepts ${versions.join(', ')}`}>
      {runs ? <Badge>Flink {runs}</Badge> : <span className="text-fg-muted">none the operator runs</span>}
      {older.length > 0 && <span className="text-xs text-fg-muted">also {older.join(', ')} (not run)</span>}
    </span>
  );
}
