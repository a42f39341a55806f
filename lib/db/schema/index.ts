// The whole data model: one import for the client, the migrations and the services.
export * from './identity';
export * from './clusters';
export * from './flink';
export * from './operations';
export * from './audit';
