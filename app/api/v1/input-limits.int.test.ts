// Limits and readable text through /api/v1 against real PostgreSQL: a 900 KiB value in any
// field of an application or session is a 422 naming that field (the body itself is under the
// 1 MiB cap, so it is the field's limit that refuses it), and control or direction characters in
// the texts people read (organization, workspace, service account and token names and
// descriptions, application arguments) are a 422 at the field. Nothing is stored either way.
import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, createTestOrg, createTestToken, createTestWorkspace, randomSlug, type TestOrg } from '@/lib/api/test-kit';
import { getDb } from '@/lib/db/client';
import { apiTokens, flinkDeployments, organizations, serviceAccounts } from '@/lib/db/schema';
import { CRD_FLINK_VERSIONS, minimalApplicationInput, sessionInput } from '@/lib/k8s/flink/fixtures';
import * as applications from './orgs/[org]/workspaces/[ws]/applications/route';
import * as sessions from './orgs/[org]/workspaces/[ws]/sessions/route';
import * as organization from './orgs/[org]/route';
import * as workspacesRoute from './orgs/[org]/workspaces/route';
import * as workspace from './orgs/[org]/workspaces/[ws]/route';
import * as accounts from './orgs/[org]/service-accounts/route';
import * as account from './orgs/[org]/service-accounts/[id]/route';
import * as tokens from './orgs/[org]/service-accounts/[id]/tokens/route';

let org: TestOrg;
let admin: string;
let adminAccountId: string;
let ws: { id: string; name: string };

beforeAll(async () => {
  org = await createTestOrg();
  ws = await createTestWorkspace(org, CRD_FLINK_VERSIONS);
  const token = await createTestToken(org, { role: 'admin' });
  admin = token.token;
  adminAccountId = token.serviceAccountId;
});

const HUGE = 'x'.repeat(900 * 1024);
const params = (extra: Record<string, string> = {}) => ({ org: org.slug, ws: ws.name, ...extra });

async function storedDeployments() {
  const [row] = await (await getDb()).select({ n: sql<number>`count(*)::int` }).from(flinkDeployments).where(eq(flinkDeployments.workspaceId, ws.id));
  return row!.n;
}

describe('900 KiB values', () => {
  // [field path the 422 names, the body's change]
  const APPLICATION: [string, Record<string, unknown>][] = [
    ['image', { image: HUGE }],
    ['jarURI', { jarURI: `local:///${HUGE}` }],
    ['entryClass', { entryClass: HUGE }],
    ['args.0', { args: [HUGE] }],
    ['args', { args: Array.from({ length: 300 }, () => 'a') }],
    ['flinkVersion', { flinkVersion: HUGE }],
    ['jobManager.memory', { jobManager: { memory: HUGE } }],
    ['checkpointDir', { checkpointDir: `s3://${HUGE}` }],
    ['initialSavepointPath', { initialSavepointPath: `s3://${HUGE}` }],
    ['periodicSavepointInterval', { periodicSavepointInterval: HUGE }],
    ['flinkConfiguration.pipeline.name', { flinkConfiguration: { 'pipeline.name': HUGE } }],
    ['flinkConfiguration', { flinkConfiguration: { [`k${HUGE}`]: 'v' } }],
    ['flinkConfiguration', { flinkConfiguration: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`key.${i}`, 'v'])) }],
    ['labels.team', { labels: { team: HUGE } }],
    ['logConfiguration.log4j-console.properties', { logConfiguration: { 'log4j-console.properties': HUGE } }],
    ['podTemplate', { podTemplate: `spec:\n  containers:\n    - name: x\n      env:\n        - name: BIG\n          value: ${HUGE}\n` }],
    ['podTemplate', { podTemplate: { spec: { containers: [{ name: 'x', env: [{ name: 'BIG', value: HUGE }] }] } } }],
  ];

  it('is a 422 naming the field of an application, and nothing is stored', async () => {
    const before = await storedDeployments();
    for (const [field, change] of APPLICATION) {
      const res = await call(applications.POST, 'POST', '', { token: admin, body: { ...minimalApplicationInput, name: randomSlug('big'), ...change }, params: params() });
      expect(res.status, field).toBe(422);
      expect(Object.keys(res.body.error.fieldErrors), field).toContain(field);
      expect(res.body.error.fieldErrors[field].join(' '), field).toMatch(/at most/i);
    }
    expect(await storedDeployments()).toBe(before);
  });

  it('is a 422 naming the field of a session, and nothing is stored', async () => {
    const before = await storedDeployments();
    const SESSION: [string, Record<string, unknown>][] = [
      ['image', { image: HUGE }],
      ['plugins.0', { plugins: [`${HUGE}.jar`] }],
      ['extraJars.0', { extraJars: [`https://example.com/${HUGE}.jar`] }],
      ['extraJars', { extraJars: Array.from({ length: 100 }, (_, i) => `https://example.com/${i}.jar`) }],
      ['savepointDir', { savepointDir: `s3://${HUGE}` }],
      ['taskManager.memory', { taskManager: { memory: HUGE } }],
    ];
    for (const [field, change] of SESSION) {
      const res = await call(sessions.POST, 'POST', '', { token: admin, body: { ...sessionInput, name: randomSlug('big'), ...change }, params: params() });
      expect(res.status, field).toBe(422);
      expect(Object.keys(res.body.error.fieldErrors), field).toContain(field);
    }
    expect(await storedDeployments()).toBe(before);
  });
});

describe('control and direction characters', () => {
  const CHARACTERS = ['\u001b[31m', '\u0007', '\u0000', '\r', '\u202e', '\u2066', '\u0085'];

  it('are a 422 at the field of every text people read, with nothing stored', async () => {
    const db = await getDb();
    const [orgBefore] = await db.select().from(organizations).where(eq(organizations.id, org.id));
    const accountsBefore = await db.select({ n: sql<number>`count(*)::int` }).from(serviceAccounts).where(eq(serviceAccounts.organizationId, org.id));
    for (const char of CHARACTERS) {
      const cases: [string, () => Promise<{ status: number; text: string; body: { error: { fieldErrors: Record<string, string[]> } } }>][] = [
        ['name', () => call(organization.PATCH, 'PATCH', '', { token: admin, body: { name: `Acme${char}Data` }, params: { org: org.slug } })],
        ['description', () => call(workspacesRoute.POST, 'POST', '', { token: admin, body: { name: randomSlug('w'), cluster: 'none', description: `Team${char}data` }, params: { org: org.slug } })],
        ['description', () => call(workspace.PATCH, 'PATCH', '', { token: admin, body: { description: `safe${char}` }, params: params() })],
        ['description', () => call(accounts.POST, 'POST', '', { token: admin, body: { name: randomSlug('sa'), description: `deploys${char}prod` }, params: { org: org.slug } })],
        ['description', () => call(account.PATCH, 'PATCH', '', { token: admin, body: { description: `x${char}` }, params: { org: org.slug, id: adminAccountId } })],
        ['name', () => call(tokens.POST, 'POST', '', { token: admin, body: { name: `ci${char}token` }, params: { org: org.slug, id: adminAccountId } })],
        ['args.0', () => call(applications.POST, 'POST', '', { token: admin, body: { ...minimalApplicationInput, name: randomSlug('a'), args: [`--x${char}`] }, params: params() })],
        ['flinkConfiguration.pipeline.name', () => call(applications.POST, 'POST', '', { token: admin, body: { ...minimalApplicationInput, name: randomSlug('a'), flinkConfiguration: { 'pipeline.name': `n${char}` } }, params: params() })],
      ];
      for (const [field, send] of cases) {
        // Multi-line descriptions take CR as a line break (CRLF from browsers becomes LF).
        if (field === 'description' && char === '\r') continue;
        const res = await send();
        // NUL is refused earlier, by the API wrapper (it cannot be stored at all), with its own words.
        expect(res.status, `${field} ${JSON.stringify(char)} ${res.text}`).toBe(422);
        expect(res.body.error.fieldErrors[field]?.join(' ') ?? res.text, `${field} ${JSON.stringify(char)}`).toMatch(/control character|text-direction character|single line|NUL character/);
      }
    }
    const [orgAfter] = await db.select().from(organizations).where(eq(organizations.id, org.id));
    expect(orgAfter!.name).toBe(orgBefore!.name);
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(serviceAccounts).where(eq(serviceAccounts.organizationId, org.id))).toEqual(accountsBefore);
    // Only the test's own token: none of the refused ones was made.
    expect(await db.select({ n: sql<number>`count(*)::int` }).from(apiTokens).where(eq(apiTokens.serviceAccountId, adminAccountId))).toEqual([{ n: 1 }]);
  });

  it('keep line breaks in multi-line descriptions, and ordinary text of any script', async () => {
    const res = await call(workspace.PATCH, 'PATCH', '', { token: admin, body: { description: 'Équipe données\r\n\tfraud — データ' }, params: params() });
    expect(res.status).toBe(200);
    expect(res.body.description).toBe('Équipe données\n\tfraud — データ');
  });
});
