// Session jobs: the services the console and the API call.
export { createSessionJob, updateSessionJob, deleteSessionJob } from './write';
export { suspendSessionJob, resumeSessionJob, restartSessionJob, cancelSessionJob, triggerSessionJobSavepoint } from './lifecycle';
export { listSessionJobs, getSessionJob, getSessionJobManifest, listSessionJobRevisions, listSessionJobSavepoints, listSessionJobEvents } from './read';
