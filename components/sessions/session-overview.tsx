// The Spec tab of a session: what the cluster last reported, and the spec it runs with.
import { podResources } from '@/components/flink/format';
import { DetailList, DetailRow } from '@/components/flink/detail-list';
import { formatTime } from '@/components/audit/format-time';
import { Card } from '@/components/ui/card';
import type { SessionDto } from '@/lib/validation/sessions';
import { jobManagerStatusLabel, taskManagerLabel } from './format';
import { ObservedRows } from '@/components/flink/observed-rows';

const none = <span className="text-fg-muted">—</span>;
const mono = (text: string | null | undefined) => (text ? <span className="font-mono text-xs">{text}</span> : none);
const list = (items: string[]) =>
  items.length > 0 ? (
    <ul className="flex flex-col gap-0.5 font-mono text-xs">
      {items.map((i) => (
        <li key={i} className="break-all">
          {i}
        </li>
      ))}
    </ul>
  ) : (
    none
  );

export function SessionOverview({ session }: { session: SessionDto }) {
  const { spec } = session;
  const config = Object.entries(spec.flinkConfiguration).map(([k, v]) => `${k}: ${v}`);
  const labels = Object.entries(spec.labels).map(([k, v]) => `${k}=${v}`);
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Card title="Session cluster">
        <DetailList>
          <DetailRow label="Lifecycle">{session.lifecycleState ? session.lifecycleState.toLowerCase() : none}</DetailRow>
          <DetailRow label="JobManager">{jobManagerStatusLabel(session.jobManagerDeploymentStatus)}</DetailRow>
          <ObservedRows resource={session} />
          <DetailRow label="Created">{formatTime(session.createdAt)}</DetailRow>
        </DetailList>
      </Card>
      <Card title="Spec">
        <DetailList>
          <DetailRow label="Image">{mono(spec.image)}</DetailRow>
          {spec.imagePullPolicy && <DetailRow label="Pull policy">{spec.imagePullPolicy}</DetailRow>}
          <DetailRow label="JobManager">{podResources(spec.jobManager)}</DetailRow>
          <DetailRow label="TaskManagers">{taskManagerLabel(spec)}</DetailRow>
          <DetailRow label="Plugins">{list(spec.plugins)}</DetailRow>
          <DetailRow label="Extra jars">{list(spec.extraJars)}</DetailRow>
          <DetailRow label="Checkpoints">{mono(spec.checkpointDir)}</DetailRow>
          <DetailRow label="Savepoints">{mono(spec.savepointDir)}</DetailRow>
          <DetailRow label="Configuration">{list(config)}</DetailRow>
          {labels.length > 0 && <DetailRow label="Labels">{list(labels)}</DetailRow>}
        </DetailList>
      </Card>
    </div>
  );
}
