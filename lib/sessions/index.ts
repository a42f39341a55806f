// Flink sessions: the services the console and the API call.
export { createSession, updateSession, restartSession, deleteSession, type DeleteSessionOptions } from './write';
export { listSessions, getSession, getSessionManifest, listSessionRevisions, listSessionEvents } from './read';
