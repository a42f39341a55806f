// Registered Kubernetes clusters: the service the console, the API and the reconciler call.
export { listClusters, getCluster } from './read';
export { registerCluster, updateCluster, deleteCluster } from './write';
export { testClusterConnection } from './check-connection';
export { clusterClientFor } from './connection';
