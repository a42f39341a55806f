// The Overview tab of an application: what the cluster last reported about the job and its
// Flink cluster, and the spec it runs with.
import { formatTime } from '@/components/audit/format-time';
import { Card } from '@/components/ui/card';
import type { ApplicationDto } from '@/lib/validation/applications';
import { DetailList, DetailRow } from '@/components/flink/detail-list';
import { flinkVersionLabel, jobManagerResources, taskManagerResources } from '@/components/flink/format';
import { UPGRADE_MODE_HELP } from '@/components/flink/upgrade-mode-field';
import { ObservedRows } from '@/components/flink/observed-rows';

const none = <span className="text-fg-muted">—</span>;
const mono = (text: string | null | undefined) => (text ? <span className="font-mono text-xs">{text}</span> : none);
const word = (text: string | null | undefined) => (text ? text.replace(/_/g, ' ').toLowerCase() : none);

export function ApplicationOverview({ app }: { app: ApplicationDto }) {
  const { spec, job } = app;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Job and Flink cluster">
        <DetailList>
          <DetailRow label="Job ID">{mono(job?.id)}</DetailRow>
          <DetailRow label="Job state">{mono(job?.state)}</DetailRow>
          <DetailRow label="Started">{job?.startTime ? formatTime(job.startTime) : none}</DetailRow>
          <DetailRow label="Last job update">{job?.updateTime ? formatTime(job.updateTime) : none}</DetailRow>
          <DetailRow label="Lifecycle">{word(app.lifecycleState)}</DetailRow>
          <DetailRow label="JobManager">{word(app.jobManagerDeploymentStatus)}</DetailRow>
          <DetailRow label="Desired state">{app.desiredState}</DetailRow>
          <ObservedRows resource={app} />
        </DetailList>
      </Card>
      <Card title="Spec">
        <DetailList>
          <DetailRow label="Image">{mono(spec.image)}</DetailRow>
          <DetailRow label="Flink version">{flinkVersionLabel(spec.flinkVersion)}</DetailRow>
          <DetailRow label="Jar">{mono(spec.jarURI)}</DetailRow>
          {spec.entryClass && <DetailRow label="Entry class">{mono(spec.entryClass)}</DetailRow>}
          {spec.args.length > 0 && <DetailRow label="Arguments">{mono(spec.args.join(' '))}</DetailRow>}
          <DetailRow label="Parallelism">{spec.parallelism}</DetailRow>
          <DetailRow label="JobManager">{jobManagerResources(spec)}</DetailRow>
          <DetailRow label="TaskManager">{taskManagerResources(spec)}</DetailRow>
          <DetailRow label="Upgrade mode">{UPGRADE_MODE_HELP[spec.upgradeMode].title}</DetailRow>
          <DetailRow label="Checkpoints">{mono(spec.checkpointDir)}</DetailRow>
          <DetailRow label="Savepoints">{mono(spec.savepointDir)}</DetailRow>
          {spec.periodicSavepointInterval && <DetailRow label="Periodic savepoints">every {spec.periodicSavepointInterval}</DetailRow>}
        </DetailList>
      </Card>
    </div>
  );
}
