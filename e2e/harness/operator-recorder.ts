// Watches what the real Flink operator writes while a flow runs: every distinct version of the
// Flink objects of one namespace (generation, spec, status, finalizers) and every Kubernetes
// Event, in the order they appeared. The recordings under recordings/operator-<version>/ are
// made of these; tests replay the flows and compare.
import { kubeRequest, type KubeTarget } from './kube-http';

export interface RecordedDocument {
  /** Which step of the flow was running when it appeared. */
  step: string;
  kind: string;
  name: string;
  generation: number;
  finalizers?: string[];
  deleting?: boolean;
  spec: Record<string, unknown>;
  status: Record<string, unknown>;
}

export interface RecordedEvent {
  step: string;
  kind: string;
  name: string;
  type: string;
  reason: string;
  message: string;
}

export interface FlinkObject {
  kind: string;
  metadata: { name: string; generation: number; finalizers?: string[]; deletionTimestamp?: string; resourceVersion: string };
  spec: Record<string, unknown>;
  status?: Record<string, unknown>;
}

interface KubeEvent {
  metadata: { name: string };
  involvedObject?: { kind: string; name: string };
  type: string;
  reason: string;
  message: string;
  count?: number;
  lastTimestamp?: string;
  eventTime?: string;
}

const PLURALS: Record<string, string> = { FlinkDeployment: 'flinkdeployments', FlinkSessionJob: 'flinksessionjobs' };

export function flinkPath(namespace: string, kind: string, name?: string): string {
  return `/apis/flink.apache.org/v1beta1/namespaces/${namespace}/${PLURALS[kind]}${name ? `/${name}` : ''}`;
}

export class OperatorRecorder {
  readonly documents: RecordedDocument[] = [];
  readonly events: RecordedEvent[] = [];
  /** The steps in the order the flow entered them. */
  readonly steps: string[] = ['create'];
  private step = 'create';
  private seen = new Map<string, string>();
  private seenEvents = new Set<string>();

  constructor(private readonly admin: KubeTarget, readonly namespace: string) {}

  enter(step: string) {
    this.step = step;
    this.steps.push(step);
  }

  /** Reads the namespace once and keeps what changed since the last look. */
  async poll(): Promise<FlinkObject[]> {
    const objects: FlinkObject[] = [];
    for (const kind of Object.keys(PLURALS)) {
      const res = await kubeRequest<{ items: FlinkObject[] }>(this.admin, 'GET', flinkPath(this.namespace, kind));
      for (const item of res.body.items ?? []) objects.push({ ...item, kind });
    }
    for (const o of objects) {
      const doc: RecordedDocument = {
        step: this.step,
        kind: o.kind,
        name: o.metadata.name,
        generation: o.metadata.generation,
        ...(o.metadata.finalizers?.length ? { finalizers: o.metadata.finalizers } : {}),
        ...(o.metadata.deletionTimestamp ? { deleting: true } : {}),
        spec: o.spec,
        status: o.status ?? {},
      };
      const key = `${o.kind}/${o.metadata.name}`;
      const fingerprint = JSON.stringify({ ...doc, step: undefined, status: withoutTimestamps(doc.status) });
      if (this.seen.get(key) !== fingerprint) {
        this.seen.set(key, fingerprint);
        this.documents.push(doc);
      }
    }
    const events = await kubeRequest<{ items: KubeEvent[] }>(this.admin, 'GET', `/api/v1/namespaces/${this.namespace}/events`);
    const sorted = (events.body.items ?? []).sort((a, b) => String(a.lastTimestamp ?? a.eventTime).localeCompare(String(b.lastTimestamp ?? b.eventTime)));
    // Only the operator's events about Flink objects: Kubernetes' own (a Service's cluster IP
    // repair) say nothing about the operator.
    for (const e of sorted.filter((x) => x.involvedObject && PLURALS[x.involvedObject.kind])) {
      const key = `${e.metadata.name}/${e.count ?? 1}`;
      if (this.seenEvents.has(key)) continue;
      this.seenEvents.add(key);
      const ev = { kind: e.involvedObject!.kind, name: e.involvedObject!.name, type: e.type, reason: e.reason, message: e.message };
      // A repeated event (count > 1) is kept once per distinct message.
      if (this.events.some((x) => x.kind === ev.kind && x.name === ev.name && x.reason === ev.reason && x.message === ev.message)) continue;
      this.events.push({ step: this.step, ...ev });
    }
    return objects;
  }

  /** Polls until `done` holds for the namespace's objects; fails with what was seen last. */
  async until(what: string, done: (objects: FlinkObject[]) => boolean, timeoutMs = 45_000): Promise<FlinkObject[]> {
    const deadline = Date.now() + timeoutMs;
    let last: FlinkObject[] = [];
    while (Date.now() < deadline) {
      last = await this.poll();
      if (done(last)) return last;
      await new Promise((r) => setTimeout(r, 250));
    }
    const statuses = last.map((o) => `${o.kind}/${o.metadata.name} g${o.metadata.generation}: ${JSON.stringify(o.status ?? {}).slice(0, 600)}`);
    throw new Error(`timed out waiting for ${what} in ${this.namespace}:\n${statuses.join('\n')}\nevents: ${this.events.map((e) => e.reason).join(', ')}`);
  }
}

/** Timestamps change on every look without saying anything new. */
function withoutTimestamps(status: Record<string, unknown>): Record<string, unknown> {
  const rs = status.reconciliationStatus as Record<string, unknown> | undefined;
  const js = status.jobStatus as Record<string, unknown> | undefined;
  return {
    ...status,
    ...(rs ? { reconciliationStatus: { ...rs, reconciliationTimestamp: undefined } } : {}),
    ...(js ? { jobStatus: { ...js, updateTime: undefined } } : {}),
  };
}
