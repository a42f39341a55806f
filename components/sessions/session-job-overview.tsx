// The Overview tab of a session job: what the cluster last reported about the job, and the spec
// it runs with (its state directories default to its session's).
import Link from 'next/link';
import { DetailList, DetailRow } from '@/components/flink/detail-list';
import { UPGRADE_MODE_HELP } from '@/components/flink/upgrade-mode-field';
import { formatTime } from '@/components/audit/format-time';
import { Card } from '@/components/ui/card';
import type { SessionJobDto } from '@/lib/validation/sessions';
import { ObservedRows } from '@/components/flink/observed-rows';

const none = <span className="text-fg-muted">—</span>;
const mono = (text: string | null | undefined) => (text ? <span className="font-mono text-xs break-all">{text}</span> : none);

export function SessionJobOverview({ job, sessionHref }: { job: SessionJobDto; sessionHref: string }) {
  const { spec } = job;
  const sessionDefault = <span className="text-fg-muted">the session&apos;s</span>;
  const config = Object.entries(spec.flinkConfiguration);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Job">
        <DetailList>
          <DetailRow label="Session">
            <Link href={sessionHref} className="font-medium text-accent-700 hover:underline dark:text-accent-500">
              {job.session}
            </Link>
          </DetailRow>
          <DetailRow label="Job ID">{mono(job.job?.id)}</DetailRow>
          <DetailRow label="Job state">{mono(job.job?.state)}</DetailRow>
          <DetailRow label="Started">{job.job?.startTime ? formatTime(job.job.startTime) : none}</DetailRow>
          <DetailRow label="Lifecycle">{job.lifecycleState ? job.lifecycleState.toLowerCase() : none}</DetailRow>
          <DetailRow label="Desired state">{job.desiredState}</DetailRow>
          <ObservedRows resource={job} />
        </DetailList>
      </Card>
      <Card title="Spec">
        <DetailList>
          <DetailRow label="Jar">{mono(spec.jarURI)}</DetailRow>
          {spec.entryClass && <DetailRow label="Entry class">{mono(spec.entryClass)}</DetailRow>}
          {spec.args.length > 0 && <DetailRow label="Arguments">{mono(spec.args.join(' '))}</DetailRow>}
          <DetailRow label="Parallelism">{spec.parallelism}</DetailRow>
          <DetailRow label="Upgrade mode">{UPGRADE_MODE_HELP[spec.upgradeMode].title}</DetailRow>
          <DetailRow label="Checkpoints">{spec.checkpointDir ? mono(spec.checkpointDir) : sessionDefault}</DetailRow>
          <DetailRow label="Savepoints">{spec.savepointDir ? mono(spec.savepointDir) : sessionDefault}</DetailRow>
          {spec.initialSavepointPath && <DetailRow label="Started from">{mono(spec.initialSavepointPath)}</DetailRow>}
          {spec.periodicSavepointInterval && <DetailRow label="Periodic savepoints">every {spec.periodicSavepointInterval}</DetailRow>}
          {config.length > 0 && <DetailRow label="Configuration">{mono(config.map(([k, v]) => `${k}: ${v}`).join('\n'))}</DetailRow>}
        </DetailList>
      </Card>
    </div>
  );
}
