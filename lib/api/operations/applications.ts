// The application operations of /api/v1: CRUD with If-Match, lifecycle actions, savepoints,
// events, revisions and the generated manifest.
import { z } from 'zod';
import { ApplicationSpec } from '@/lib/validation/flink';
import {
  ApplicationListSchema,
  ApplicationSchema,
  ApplicationUpdate,
  DeleteApplicationQuery,
  EventListSchema,
  SavepointListSchema,
  SavepointSchema,
  SpecRevisionListSchema,
} from '@/lib/validation/applications';
import { defineOperation } from '../operation';

const TAG = 'Applications';
const LIST = '/orgs/{org}/workspaces/{ws}/applications';
const APP = `${LIST}/{app}`;
const params = { ws: "The workspace's name.", app: "The application's name." };
const IF_MATCH = 'Send the version you last read in If-Match (its ETag); a stale version answers 412.';

export const listApplicationsOp = defineOperation({
  operationId: 'listApplications', method: 'GET', path: LIST, tag: TAG, org: true, params: { ws: params.ws },
  summary: "List a workspace's applications with their observed state", response: ApplicationListSchema,
});

export const createApplicationOp = defineOperation({
  operationId: 'createApplication', method: 'POST', path: LIST, tag: TAG, org: true, params: { ws: params.ws },
  summary: 'Create and deploy an application (a FlinkDeployment with a job)',
  description: "Checked against the operator's rules before anything is stored; answers the application pending.",
  body: ApplicationSpec, successStatus: 201, response: ApplicationSchema,
});

export const getApplicationOp = defineOperation({
  operationId: 'getApplication', method: 'GET', path: APP, tag: TAG, org: true, params,
  summary: 'Get an application, its observed state and when it was observed', description: 'The ETag is its version.', response: ApplicationSchema,
});

export const updateApplicationOp = defineOperation({
  operationId: 'updateApplication', method: 'PUT', path: APP, tag: TAG, org: true, params,
  summary: "Replace an application's spec (an upgrade)", description: IF_MATCH, body: ApplicationUpdate, response: ApplicationSchema,
});

export const deleteApplicationOp = defineOperation({
  operationId: 'deleteApplication', method: 'DELETE', path: APP, tag: TAG, org: true, params,
  summary: 'Delete an application, optionally after a final savepoint', description: IF_MATCH,
  query: DeleteApplicationQuery, successStatus: 202, response: ApplicationSchema,
});

const action = (name: 'suspend' | 'resume' | 'restart', summary: string) =>
  defineOperation({
    operationId: `${name}Application`, method: 'POST', path: `${APP}/${name}`, tag: TAG, org: true, params,
    summary, description: `${IF_MATCH} Refused (409) with the reason when the current state does not allow it.`, successStatus: 202, response: ApplicationSchema,
  });

export const suspendApplicationOp = action('suspend', 'Suspend the job (job.state: suspended); the upgrade mode decides how state is kept');
export const resumeApplicationOp = action('resume', 'Resume a suspended job');
export const restartApplicationOp = action('restart', 'Restart the job with the same spec (restartNonce)');

export const listApplicationSavepointsOp = defineOperation({
  operationId: 'listApplicationSavepoints', method: 'GET', path: `${APP}/savepoints`, tag: TAG, org: true, params,
  summary: "An application's savepoints, newest first", response: SavepointListSchema,
});

export const triggerApplicationSavepointOp = defineOperation({
  operationId: 'triggerApplicationSavepoint', method: 'POST', path: `${APP}/savepoints`, tag: TAG, org: true, params,
  summary: 'Take a savepoint now (a FlinkStateSnapshot)', description: 'Refused (409) unless the job runs and has a savepoint directory.',
  successStatus: 202, response: SavepointSchema,
});

export const listApplicationEventsOp = defineOperation({
  operationId: 'listApplicationEvents', method: 'GET', path: `${APP}/events`, tag: TAG, org: true, params,
  summary: 'Kubernetes Events of the FlinkDeployment and its pods, newest first, read live', response: EventListSchema,
});

export const listApplicationRevisionsOp = defineOperation({
  operationId: 'listApplicationRevisions', method: 'GET', path: `${APP}/revisions`, tag: TAG, org: true, params,
  summary: 'The specs Flotilla applied: who, when, what changed', response: SpecRevisionListSchema,
});

export const getApplicationManifestOp = defineOperation({
  operationId: 'getApplicationManifest', method: 'GET', path: `${APP}/manifest`, tag: TAG, org: true, params,
  summary: 'The FlinkDeployment Flotilla applies for this application', response: z.record(z.string(), z.unknown()),
});

export const listWorkspaceSavepointsOp = defineOperation({
  operationId: 'listWorkspaceSavepoints', method: 'GET', path: '/orgs/{org}/workspaces/{ws}/savepoints', tag: 'Savepoints', org: true, params: { ws: params.ws },
  summary: "Every savepoint of the workspace's applications and session jobs, newest first (at most 500)", response: SavepointListSchema,
});

export const applicationOperations = [
  listWorkspaceSavepointsOp,
  listApplicationsOp, createApplicationOp, getApplicationOp, updateApplicationOp, deleteApplicationOp,
  suspendApplicationOp, resumeApplicationOp, restartApplicationOp,
  listApplicationSavepointsOp, triggerApplicationSavepointOp, listApplicationEventsOp, listApplicationRevisionsOp, getApplicationManifestOp,
];
