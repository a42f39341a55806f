// The session and session job operations of /api/v1: the same versions, actions and errors as
// applications.
import { z } from 'zod';
import { EventListSchema, SavepointListSchema, SavepointSchema, SpecRevisionListSchema, DeleteApplicationQuery } from '@/lib/validation/applications';
import { SessionJobSpec, SessionSpec } from '@/lib/validation/flink';
import { DeleteSessionQuery, SessionJobListSchema, SessionJobSchema, SessionJobUpdate, SessionListSchema, SessionSchema } from '@/lib/validation/sessions';
import { defineOperation } from '../operation';

const TAG = 'Sessions';
const LIST = '/orgs/{org}/workspaces/{ws}/sessions';
const SESSION = `${LIST}/{session}`;
const JOBS = `${SESSION}/jobs`;
const JOB = `${JOBS}/{job}`;
const sessionParams = { ws: "The workspace's name.", session: "The session's name." };
const jobParams = { ...sessionParams, job: "The session job's name." };
const IF_MATCH = 'Send the version you last read in If-Match (its ETag); a stale version answers 412.';
const MANIFEST = z.record(z.string(), z.unknown());

export const listSessionsOp = defineOperation({
  operationId: 'listSessions', method: 'GET', path: LIST, tag: TAG, org: true, params: { ws: sessionParams.ws },
  summary: "List a workspace's sessions with their state, capacity and job counts", response: SessionListSchema,
});
export const createSessionOp = defineOperation({
  operationId: 'createSession', method: 'POST', path: LIST, tag: TAG, org: true, params: { ws: sessionParams.ws },
  summary: 'Create and deploy a session (a FlinkDeployment without a job)', body: SessionSpec, successStatus: 201, response: SessionSchema,
});
export const getSessionOp = defineOperation({
  operationId: 'getSession', method: 'GET', path: SESSION, tag: TAG, org: true, params: sessionParams,
  summary: 'Get a session', description: 'The ETag is its version.', response: SessionSchema,
});
export const updateSessionOp = defineOperation({
  operationId: 'updateSession', method: 'PUT', path: SESSION, tag: TAG, org: true, params: sessionParams,
  summary: "Replace a session's spec", description: IF_MATCH, body: SessionSpec, response: SessionSchema,
});
export const deleteSessionOp = defineOperation({
  operationId: 'deleteSession', method: 'DELETE', path: SESSION, tag: TAG, org: true, params: sessionParams,
  summary: 'Delete a session; with jobs=delete its jobs go first (after final savepoints with savepoint=true)', description: IF_MATCH,
  query: DeleteSessionQuery, successStatus: 202, response: SessionSchema,
});
export const restartSessionOp = defineOperation({
  operationId: 'restartSession', method: 'POST', path: `${SESSION}/restart`, tag: TAG, org: true, params: sessionParams,
  summary: 'Restart the session cluster', description: IF_MATCH, successStatus: 202, response: SessionSchema,
});
export const listSessionEventsOp = defineOperation({
  operationId: 'listSessionEvents', method: 'GET', path: `${SESSION}/events`, tag: TAG, org: true, params: sessionParams,
  summary: 'Kubernetes Events of the session and its pods, newest first, read live', response: EventListSchema,
});
export const listSessionRevisionsOp = defineOperation({
  operationId: 'listSessionRevisions', method: 'GET', path: `${SESSION}/revisions`, tag: TAG, org: true, params: sessionParams,
  summary: 'The session specs Flotilla applied', response: SpecRevisionListSchema,
});
export const getSessionManifestOp = defineOperation({
  operationId: 'getSessionManifest', method: 'GET', path: `${SESSION}/manifest`, tag: TAG, org: true, params: sessionParams,
  summary: 'The FlinkDeployment Flotilla applies for this session', response: MANIFEST,
});

export const listSessionJobsOp = defineOperation({
  operationId: 'listSessionJobs', method: 'GET', path: JOBS, tag: TAG, org: true, params: sessionParams,
  summary: "List a session's jobs", response: SessionJobListSchema,
});
export const createSessionJobOp = defineOperation({
  operationId: 'createSessionJob', method: 'POST', path: JOBS, tag: TAG, org: true, params: sessionParams,
  summary: 'Submit a job to a ready session (a FlinkSessionJob)', description: 'Refused (409) while the session is not running.',
  body: SessionJobSpec, successStatus: 201, response: SessionJobSchema,
});
export const getSessionJobOp = defineOperation({
  operationId: 'getSessionJob', method: 'GET', path: JOB, tag: TAG, org: true, params: jobParams,
  summary: 'Get a session job', description: 'The ETag is its version.', response: SessionJobSchema,
});
export const updateSessionJobOp = defineOperation({
  operationId: 'updateSessionJob', method: 'PUT', path: JOB, tag: TAG, org: true, params: jobParams,
  summary: "Replace a session job's spec (an upgrade)", description: IF_MATCH, body: SessionJobUpdate, response: SessionJobSchema,
});
export const deleteSessionJobOp = defineOperation({
  operationId: 'deleteSessionJob', method: 'DELETE', path: JOB, tag: TAG, org: true, params: jobParams,
  summary: 'Delete a session job, optionally after a final savepoint', description: IF_MATCH, query: DeleteApplicationQuery, successStatus: 202, response: SessionJobSchema,
});

const jobAction = (name: 'suspend' | 'resume' | 'restart' | 'cancel', summary: string) =>
  defineOperation({
    operationId: `${name}SessionJob`, method: 'POST', path: `${JOB}/${name}`, tag: TAG, org: true, params: jobParams,
    summary, description: `${IF_MATCH} Refused (409) with the reason when the current state does not allow it.`, successStatus: 202, response: SessionJobSchema,
  });
export const suspendSessionJobOp = jobAction('suspend', 'Suspend the job; its upgrade mode decides how state is kept');
export const resumeSessionJobOp = jobAction('resume', 'Resume a suspended job');
export const restartSessionJobOp = jobAction('restart', 'Restart the job with the same spec');
export const cancelSessionJobOp = jobAction('cancel', 'Stop the job without a savepoint (suspend, stateless): a resume starts with empty state');

export const listSessionJobSavepointsOp = defineOperation({
  operationId: 'listSessionJobSavepoints', method: 'GET', path: `${JOB}/savepoints`, tag: TAG, org: true, params: jobParams,
  summary: "A session job's savepoints, newest first", response: SavepointListSchema,
});
export const triggerSessionJobSavepointOp = defineOperation({
  operationId: 'triggerSessionJobSavepoint', method: 'POST', path: `${JOB}/savepoints`, tag: TAG, org: true, params: jobParams,
  summary: 'Take a savepoint of the job now', successStatus: 202, response: SavepointSchema,
});
export const listSessionJobEventsOp = defineOperation({
  operationId: 'listSessionJobEvents', method: 'GET', path: `${JOB}/events`, tag: TAG, org: true, params: jobParams,
  summary: 'Kubernetes Events of the FlinkSessionJob, newest first, read live', response: EventListSchema,
});
export const listSessionJobRevisionsOp = defineOperation({
  operationId: 'listSessionJobRevisions', method: 'GET', path: `${JOB}/revisions`, tag: TAG, org: true, params: jobParams,
  summary: 'The job specs Flotilla applied', response: SpecRevisionListSchema,
});
export const getSessionJobManifestOp = defineOperation({
  operationId: 'getSessionJobManifest', method: 'GET', path: `${JOB}/manifest`, tag: TAG, org: true, params: jobParams,
  summary: 'The FlinkSessionJob Flotilla applies for this job', response: MANIFEST,
});

export const sessionOperations = [
  listSessionsOp, createSessionOp, getSessionOp, updateSessionOp, deleteSessionOp, restartSessionOp, listSessionEventsOp, listSessionRevisionsOp, getSessionManifestOp,
  listSessionJobsOp, createSessionJobOp, getSessionJobOp, updateSessionJobOp, deleteSessionJobOp,
  suspendSessionJobOp, resumeSessionJobOp, restartSessionJobOp, cancelSessionJobOp,
  listSessionJobSavepointsOp, triggerSessionJobSavepointOp, listSessionJobEventsOp, listSessionJobRevisionsOp, getSessionJobManifestOp,
];
