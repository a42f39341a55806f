// The facts at the top of a session's page: its JobManager's state, its capacity in slots, how
// many of its jobs run, and its Flink version.
import { flinkVersionLabel } from '@/components/flink/format';
import type { SessionDto } from '@/lib/validation/sessions';
import { capacityLabel, jobManagerStatusLabel } from './format';

function Stat({ label, value, detail }: { label: string; value: string; detail: string }) {
  return (
    <div className="flex min-w-0 flex-col gap-0.5 rounded-lg border border-border bg-surface px-4 py-3 shadow-sm">
      <dt className="text-xs font-medium text-fg-muted">{label}</dt>
      <dd className="text-base font-semibold">{value}</dd>
      <dd className="truncate text-xs text-fg-muted" title={detail}>
        {detail}
      </dd>
    </div>
  );
}

export function SessionSummary({ session }: { session: SessionDto }) {
  const capacity = capacityLabel(session.capacity);
  const lifecycle = session.lifecycleState ? `Lifecycle ${session.lifecycleState.toLowerCase()}` : 'No status from the operator yet';
  return (
    // A named group: the facts are read together ("Summary, JobManager: Ready…").
    <div role="group" aria-label="Summary">
      <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-4">
        <Stat label="JobManager" value={jobManagerStatusLabel(session.jobManagerDeploymentStatus)} detail={lifecycle} />
        <Stat label="Capacity" value={capacity.slots} detail={capacity.detail} />
        <Stat label="Jobs" value={`${session.jobs.running} running`} detail={`of ${session.jobs.total} submitted`} />
        <Stat label="Flink" value={flinkVersionLabel(session.spec.flinkVersion)} detail={session.spec.image} />
      </dl>
    </div>
  );
}
