// One client per cluster for a worker's operations and status reads, kept for a minute: a
// connection pool that is reused instead of one per operation, and credentials changed by a
// person (or a key rotation) are picked up within that minute. The clients it hands out have no
// `close`: their pool belongs to the cache, which closes a client once it is replaced.
import 'server-only';
import type { ClusterClient } from '@/lib/k8s/cluster-client';
import type { KubeApi } from '@/lib/k8s/kube-api';

interface Entry {
  client: Promise<ClusterClient>;
  createdAt: number;
}

export function cachedClusterClients(create: (clusterId: string) => Promise<ClusterClient>, ttlMs = 60_000): (clusterId: string) => Promise<KubeApi> {
  const entries = new Map<string, Entry>();
  return async (clusterId) => {
    const now = Date.now();
    let entry = entries.get(clusterId);
    if (!entry || now - entry.createdAt > ttlMs) {
      const previous = entry;
      entry = { client: create(clusterId), createdAt: now };
      entries.set(clusterId, entry);
      // Requests under way on the old pool finish; its idle sockets go.
      if (previous) void previous.client.then((c) => setTimeout(() => c.close(), 30_000).unref(), () => undefined);
      // A failed creation (cluster deleted, credentials unreadable) is not cached.
      entry.client.catch(() => entries.get(clusterId) === entry && entries.delete(clusterId));
    }
    const client = await entry.client;
    return { get: (path) => client.get(path), apply: (path, object) => client.apply(path, object), delete: (path) => client.delete(path) };
  };
}
