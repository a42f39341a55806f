// Brings status back from the clusters. A cluster is read (lib/flink-resources/observe.ts: one
// list call per kind, so the cost grows with clusters, not with applications) when its watches
// say something changed (status-watch.ts), and on a timer as a resync that also covers a watch
// that is down. Clusters are read side by side; a slow or unreachable one is skipped until its
// read returns, never delaying the others, and its rows keep their last observed state and time.
// Changes that arrive during a read are coalesced into one more read right after it. Of several
// workers, only the holder of a cluster's lease (status-leases.ts) watches and reads it.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { clusters, workspaces } from '@/lib/db/schema';
import { observeCluster } from '@/lib/flink-resources/observe';
import type { KubeApi } from '@/lib/k8s/kube-api';
import { StatusLeases } from './status-leases';
import { ClusterWatches, type WatchClient } from './status-watch';
import { describeError } from '@/lib/api/errors';

export interface StatusPollerOptions {
  db: Database;
  apiFor: (clusterId: string) => Promise<KubeApi & { close?: () => void }>;
  intervalMs?: number;
  /** Read only these clusters (all with workspaces when omitted), of them the ones whose lease this poller holds. */
  clusterIds?: string[];
  /** How long a cluster's lease lasts unrenewed (STATUS_LEASE_MS unless given). */
  leaseMs?: number;
  /** Watch the clusters read, to read one as soon as it changes (timer only when omitted). */
  watchFor?: (clusterId: string) => Promise<WatchClient>;
  log?: (line: string) => void;
}

/** Events tend to come in bursts (an apply, then the operator's status writes): read once for them. */
const WAKE_DELAY_MS = 50;
const WATCH_SYNC_MS = 2_000;

export class StatusPoller {
  private readonly inFlight = new Set<string>();
  private readonly again = new Set<string>();
  private readonly woken = new Set<string>();
  private readonly watches: ClusterWatches | undefined;
  private readonly leases: StatusLeases;
  private timer: NodeJS.Timeout | undefined;
  private watchTimer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly opts: StatusPollerOptions) {
    this.leases = new StatusLeases(opts.db, opts.leaseMs);
    const watchFor = opts.watchFor;
    if (watchFor) this.watches = new ClusterWatches({ connect: watchFor, onChange: (id) => this.wake(id), log: (line) => this.log(line) });
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const loop = async () => {
      await this.tick().catch((err) => this.log(`status poll failed: ${describeError(err)}`));
      if (this.running) this.timer = setTimeout(loop, this.opts.intervalMs ?? 3_000);
    };
    void loop();
    // A cluster given its first workspace is watched within seconds, not at the next resync.
    const watchLoop = async () => {
      await this.syncWatches().catch((err) => this.log(`listing clusters to watch failed: ${describeError(err)}`));
      if (this.running) this.watchTimer = setTimeout(watchLoop, WATCH_SYNC_MS);
    };
    if (this.watches) void watchLoop();
  }

  /** Stops watching and reading, and hands this poller's clusters to the other workers. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    clearTimeout(this.watchTimer);
    this.watches?.stop();
    await this.leases.release().catch((err) => this.log(`releasing status leases failed: ${describeError(err)}`));
  }

  /** Starts a read of every cluster not still being read; resolves when those reads finish. */
  async tick(): Promise<void> {
    const ids = await this.clusterIds();
    await Promise.allSettled(ids.filter((id) => !this.inFlight.has(id)).map((id) => this.readCluster(id)));
  }

  private async syncWatches(): Promise<void> {
    const ids = await this.clusterIds();
    if (this.running) this.watches?.sync(ids);
  }

  /** The clusters to read, of which this poller holds the lease (claiming and renewing it). */
  private async clusterIds(): Promise<string[]> {
    return this.leases.hold(this.opts.clusterIds ?? (await clustersWithWorkspaces(this.opts.db)));
  }

  /** Something changed in this cluster: read it shortly, or once more when a read is under way. */
  wake(clusterId: string): void {
    if (!this.running) return;
    if (this.inFlight.has(clusterId)) {
      this.again.add(clusterId);
      return;
    }
    if (this.woken.has(clusterId)) return;
    this.woken.add(clusterId);
    setTimeout(() => {
      this.woken.delete(clusterId);
      if (this.inFlight.has(clusterId)) this.again.add(clusterId);
      else void this.readCluster(clusterId);
    }, WAKE_DELAY_MS).unref();
  }

  private async readCluster(clusterId: string): Promise<void> {
    this.inFlight.add(clusterId);
    this.again.delete(clusterId);
    try {
      const api = await this.opts.apiFor(clusterId);
      try {
        await observeCluster(this.opts.db, clusterId, api);
      } finally {
        api.close?.();
      }
    } catch (err) {
      this.log(`cluster ${clusterId}: ${err instanceof Error ? err.message : err}`);
    } finally {
      this.inFlight.delete(clusterId);
      // Changes that came in meanwhile: one more read, after the same short gathering delay.
      if (this.again.delete(clusterId)) this.wake(clusterId);
    }
  }

  private log(line: string) {
    (this.opts.log ?? console.log)(`[status] ${line}`);
  }
}

async function clustersWithWorkspaces(db: Database): Promise<string[]> {
  const rows = await db.selectDistinct({ id: clusters.id }).from(clusters).innerJoin(workspaces, eq(workspaces.clusterId, clusters.id));
  return rows.map((r) => r.id);
}
