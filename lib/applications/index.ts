// Flink applications: the services the console and the API call.
export { createApplication, updateApplication, deleteApplication } from './write';
export { suspendApplication, resumeApplication, restartApplication, triggerApplicationSavepoint } from './lifecycle';
export { listApplications, getApplication, getApplicationManifest, listApplicationSavepoints, listApplicationRevisions, listApplicationEvents, getApplicationFormContext, type ApplicationFormContext } from './read';
