// The reconciler's worker: claims operations and runs each with the handler registered for its
// kind. Clusters run side by side and never wait for each other; a cluster gets a few
// operations at a time, and one target's operations always run one after another, in order.
// Runs inside the web process by default, or alone (`npm run worker`).
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Executor } from '@/lib/db/client';
import { claimOperations, completeOperation, failOperation, type Operation } from './outbox';
import { describeError } from '@/lib/api/errors';

/** Thrown by a handler when retrying cannot help (the cluster rejected the object itself). */
export class PermanentOperationError extends Error {}

export type OperationHandler = (op: Operation, signal: AbortSignal) => Promise<void>;

export interface WorkerOptions {
  db: Executor;
  handlers: Record<string, OperationHandler>;
  id?: string;
  pollMs?: number;
  /** Upper bound for one operation; it must stay below the claim lease. */
  operationTimeoutMs?: number;
  batchSize?: number;
  /** Operations run at once against one cluster (4 unless given). */
  perClusterConcurrency?: number;
  /** Serve only these clusters' operations (all clusters when omitted). */
  clusterIds?: string[];
  log?: (line: string) => void;
}

export class Worker {
  readonly id: string;
  private readonly busy = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private running = false;

  constructor(private readonly opts: WorkerOptions) {
    this.id = opts.id ?? `worker-${randomUUID().slice(0, 8)}`;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    const loop = async () => {
      await this.tick().catch((err) => this.log(`claim failed: ${describeError(err)}`));
      if (this.running) this.timer = setTimeout(loop, this.opts.pollMs ?? 500);
    };
    void loop();
  }

  /** Stops claiming and waits for the operations under way. */
  async stop(): Promise<void> {
    this.running = false;
    clearTimeout(this.timer);
    await Promise.allSettled(this.busy.values());
  }

  /** Claims what is runnable now and starts it; resolves once claimed (not once done). */
  async tick(): Promise<Operation[]> {
    const kinds = Object.keys(this.opts.handlers);
    const claimed = await claimOperations(this.opts.db, this.id, this.opts.batchSize ?? 20, kinds, [...this.busy.keys()], this.opts.clusterIds);
    const byCluster = new Map<string, Operation[]>();
    for (const op of claimed) byCluster.set(op.clusterId, [...(byCluster.get(op.clusterId) ?? []), op]);
    for (const [clusterId, ops] of byCluster) {
      // A few at a time per cluster: enough to keep a healthy API server busy, few enough not to
      // flood it. Operations of one target are never claimed together (see claimOperations).
      const queue = [...ops];
      const lane = async () => {
        for (let op = queue.shift(); op; op = queue.shift()) await this.run(op);
      };
      const lanes = Array.from({ length: Math.min(this.opts.perClusterConcurrency ?? 4, queue.length) }, lane);
      const chain = Promise.all(lanes)
        .then(() => undefined)
        .finally(() => this.busy.delete(clusterId));
      this.busy.set(clusterId, chain);
    }
    return claimed;
  }

  /** Waits until nothing this worker started is still running. */
  async idle(): Promise<void> {
    while (this.busy.size) await Promise.allSettled(this.busy.values());
  }

  private async run(op: Operation): Promise<void> {
    const handler = this.opts.handlers[op.kind]!;
    const controller = new AbortController();
    const timeout = setTimeout(() => controller.abort(new Error('operation timed out')), this.opts.operationTimeoutMs ?? 30_000);
    try {
      await Promise.race([
        handler(op, controller.signal),
        new Promise((_, reject) => controller.signal.addEventListener('abort', () => reject(controller.signal.reason))),
      ]);
      await completeOperation(this.opts.db, op, this.id);
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      const next = await failOperation(this.opts.db, op, this.id, message, err instanceof PermanentOperationError);
      this.log(`${op.kind} ${op.targetId} attempt ${op.attempts} failed: ${message}${next ? `; retry at ${next.toISOString()}` : '; gave up'}`);
    } finally {
      clearTimeout(timeout);
    }
  }

  private log(line: string) {
    (this.opts.log ?? console.log)(`[${this.id}] ${line}`);
  }
}
