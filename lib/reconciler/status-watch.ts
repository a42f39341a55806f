// Watches each cluster's Flotilla objects so status comes back as soon as it changes: one watch
// per kind per cluster (namespaces and Flink objects with Flotilla's label), and one of the
// snapshots the operator takes by itself (periodic, upgrade), which carry no label of ours. A watch only
// says "something changed in this cluster": the status poller then reads the cluster as it
// does on its timer, so there is one way status is written. A watch resumes from the last
// resourceVersion it saw (events missed while it was away are replayed), starts afresh when the
// server says that version is too old (410), is renewed every few minutes (fresh credentials),
// and reconnects with capped backoff when the cluster is unreachable, while the timer's polls go on.
import 'server-only';
import type { ClusterClient } from '@/lib/k8s/cluster-client';
import type { WatchEvent } from '@/lib/k8s/kube-api';
import { OPERATOR_SAVEPOINT_SELECTOR } from '@/lib/k8s/flink/operator-snapshot';
import { FLOTILLA_LABELS, MANAGED_BY_FLOTILLA } from '@/lib/k8s/manifests/labels';
import { backoffDelayMs } from './backoff';

export type WatchClient = Pick<ClusterClient, 'watch' | 'close'>;

export interface ClusterWatchesOptions {
  /** A client for one watch session; closed when the session ends. */
  connect: (clusterId: string) => Promise<WatchClient>;
  onChange: (clusterId: string) => void;
  log: (line: string) => void;
  /** How long the server keeps one watch open before it is renewed. */
  sessionSeconds?: number;
}

const selecting = (selector: string) => `labelSelector=${encodeURIComponent(selector)}`;
const MANAGED = selecting(`${FLOTILLA_LABELS.managedBy}=${MANAGED_BY_FLOTILLA}`);
const FLINK = '/apis/flink.apache.org/v1beta1';

/** What is watched in every cluster, named for the log. */
export const WATCHED = [
  { what: 'namespaces', path: `/api/v1/namespaces?${MANAGED}` },
  { what: 'FlinkDeployments', path: `${FLINK}/flinkdeployments?${MANAGED}` },
  { what: 'FlinkSessionJobs', path: `${FLINK}/flinksessionjobs?${MANAGED}` },
  { what: 'FlinkStateSnapshots', path: `${FLINK}/flinkstatesnapshots?${MANAGED}` },
  { what: "the operator's own savepoints", path: `${FLINK}/flinkstatesnapshots?${selecting(OPERATOR_SAVEPOINT_SELECTOR)}` },
];

const RECONNECT_CAP_MS = 30_000;

/** What one watch event means for the watcher: where to resume, and whether to read the cluster. */
export function readWatchEvent(event: WatchEvent): { resourceVersion?: string; changed: boolean; restart: boolean } {
  // An ERROR (410 Gone above all) ends the stream; events may have been missed, so read afresh.
  if (event.type === 'ERROR') return { changed: true, restart: true };
  return { resourceVersion: event.object?.metadata?.resourceVersion, changed: event.type !== 'BOOKMARK', restart: false };
}

/** The watch URL for one session, resuming from `resourceVersion` when there is one. */
export function watchUrl(path: string, sessionSeconds: number, resourceVersion?: string): string {
  const resume = resourceVersion ? `&resourceVersion=${encodeURIComponent(resourceVersion)}` : '';
  return `${path}&watch=1&allowWatchBookmarks=true&timeoutSeconds=${sessionSeconds}${resume}`;
}

export class ClusterWatches {
  private readonly running = new Map<string, AbortController>();

  constructor(private readonly opts: ClusterWatchesOptions) {}

  /** Watches exactly these clusters: starts the ones not watched yet, stops the others. */
  sync(clusterIds: string[]): void {
    for (const [id, controller] of this.running) {
      if (clusterIds.includes(id)) continue;
      controller.abort();
      this.running.delete(id);
    }
    for (const id of clusterIds) {
      if (this.running.has(id)) continue;
      const controller = new AbortController();
      this.running.set(id, controller);
      for (const { what, path } of WATCHED) void this.follow(id, what, path, controller.signal);
    }
  }

  stop(): void {
    this.sync([]);
  }

  private async follow(clusterId: string, what: string, path: string, signal: AbortSignal): Promise<void> {
    let resourceVersion: string | undefined;
    let failures = 0;
    while (!signal.aborted) {
      const startedAt = Date.now();
      let heard = false;
      try {
        const client = await this.opts.connect(clusterId);
        try {
          // Spread renewals so a cluster's watches don't reconnect at the same instant.
          const seconds = Math.round((this.opts.sessionSeconds ?? 240) * (0.8 + Math.random() * 0.4));
          await client.watch(watchUrl(path, seconds, resourceVersion), (event) => {
            heard = true;
            const read = readWatchEvent(event);
            if (read.restart) resourceVersion = undefined;
            else if (read.resourceVersion) resourceVersion = read.resourceVersion;
            if (read.changed) this.opts.onChange(clusterId);
          }, signal);
        } finally {
          client.close();
        }
        // A session that ends at once without a word is paced like a failure, never a hot loop.
        if (heard || Date.now() - startedAt > 1_000) {
          if (failures > 0) this.opts.log(`cluster ${clusterId}: watching ${what} again`);
          failures = 0;
          continue;
        }
        failures += 1;
      } catch (err) {
        failures += 1;
        if (failures === 1) this.opts.log(`cluster ${clusterId}: watching ${what} failed (${err instanceof Error ? err.message : err}); retrying, polls go on meanwhile`);
      }
      await sleep(backoffDelayMs(failures, Math.random, RECONNECT_CAP_MS), signal);
    }
  }
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}
