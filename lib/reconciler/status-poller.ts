// Brings status back from the clusters: every few seconds, each cluster with workspaces is read
// (lib/flink-resources/observe.ts) — a bounded poll of one list call per kind, not a watch per
// object, so the cost grows with clusters, not with applications. Clusters are read side by
// side; a slow or unreachable one is skipped until its read returns, never delaying the others,
// and its rows keep their last observed state and time.
import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/lib/db/client';
import { clusters, workspaces } from '@/lib/db/schema';
import { observeCluster } from '@/lib/flink-resources/observe';
import type { KubeApi } from '@/lib/k8s/kube-api';

export interface StatusPollerOptions {
  db: Database;
  apiFor: (clusterId: string) => Promise<KubeApi & { close?: () => void }>;
  intervalMs?: number;
  /** Read only these clusters (all with workspaces when omitted). */
  clusterIds?: string[];
  log?: (line: string) => void;
}

export class StatusPoller {
  private readonly inFlight = new Set<string>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly opts: StatusPollerOptions) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    const loop = async () => {
      await this.tick().catch((err) => this.log(`status poll failed: ${err instanceof Error ? err.message : err}`));
      if (this.running) this.timer = setTimeout(loop, this.opts.intervalMs ?? 3_000);
    };
    void loop();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
  }

  /** Starts a read of every cluster not still being read; resolves when those reads finish. */
  async tick(): Promise<void> {
    const ids = this.opts.clusterIds ?? (await clustersWithWorkspaces(this.opts.db));
    await Promise.allSettled(ids.filter((id) => !this.inFlight.has(id)).map((id) => this.readCluster(id)));
  }

  private async readCluster(clusterId: string): Promise<void> {
    this.inFlight.add(clusterId);
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
