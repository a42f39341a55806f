// The Access tab's list (listAccess, through GET …/grants) against real PostgreSQL: everyone who
// can touch a workspace is in it once, people and service accounts alike, with why — a direct
// grant or the organization role that makes them admin of every workspace.
import { beforeAll, describe, expect, it } from 'vitest';
import { addTestMember, call, createTestOrg, createTestToken, createTestWorkspace, type TestOrg } from '@/lib/api/test-kit';
import * as grants from '@/app/api/v1/orgs/[org]/workspaces/[ws]/grants/route';

let org: TestOrg;
let ws: string;
let admin: { token: string; serviceAccountId: string };

beforeAll(async () => {
  org = await createTestOrg();
  ws = (await createTestWorkspace(org)).name;
  admin = await createTestToken(org, { role: 'admin', name: 'deployer-bot' });
});

async function listed(token = admin.token, target = org, workspace = ws) {
  const res = await call(grants.GET, 'GET', '', { token, params: { org: target.slug, ws: workspace } });
  expect(res.status).toBe(200);
  return res.body.items as { principal: { type: string; id: string; label: string }; role: string; source: string }[];
}

describe('who can touch a workspace', () => {
  it('lists an org-admin service account as admin through its org role, once even with a grant', async () => {
    const w = (await createTestWorkspace(org)).name;
    const before = (await listed(admin.token, org, w)).filter((e) => e.principal.id === admin.serviceAccountId);
    expect(before).toEqual([{ principal: { type: 'service_account', id: admin.serviceAccountId, label: 'deployer-bot' }, role: 'admin', source: 'org_admin' }]);
    // A grant on top adds nothing: its org role already makes it admin.
    expect((await call(grants.PUT, 'PUT', '', { token: admin.token, params: { org: org.slug, ws: w }, body: { serviceAccountId: admin.serviceAccountId, role: 'viewer' } })).status).toBe(200);
    const after = (await listed(admin.token, org, w)).filter((e) => e.principal.id === admin.serviceAccountId);
    expect(after).toEqual(before);
  });

  it('lists people and service accounts with their direct grants, and owners and admins by org role', async () => {
    const member = await addTestMember(org, 'member');
    const orgAdmin = await addTestMember(org, 'admin');
    const bot = await createTestToken(org, { role: 'member', name: 'reader-bot' });
    const put = (body: unknown) => call(grants.PUT, 'PUT', '', { token: admin.token, params: { org: org.slug, ws }, body });
    expect((await put({ userId: member.id, role: 'editor' })).status).toBe(200);
    expect((await put({ serviceAccountId: bot.serviceAccountId, role: 'viewer' })).status).toBe(200);
    const entries = await listed();
    const why = (id: string) => entries.filter((e) => e.principal.id === id).map((e) => [e.principal.type, e.role, e.source]);
    expect(why(org.ownerId)).toEqual([['user', 'admin', 'org_owner']]);
    expect(why(orgAdmin.id)).toEqual([['user', 'admin', 'org_admin']]);
    expect(why(member.id)).toEqual([['user', 'editor', 'grant']]);
    expect(why(bot.serviceAccountId)).toEqual([['service_account', 'viewer', 'grant']]);
    expect(why(admin.serviceAccountId)).toEqual([['service_account', 'admin', 'org_admin']]);
  });

  it('leaves out member service accounts without a grant, disabled admin accounts and other organizations', async () => {
    const ungranted = await createTestToken(org, { role: 'member' });
    const disabled = await createTestToken(org, { role: 'admin', disabled: true });
    const other = await createTestOrg();
    const stranger = await createTestToken(other, { role: 'admin' });
    const ids = (await listed()).map((e) => e.principal.id);
    expect(ids).not.toContain(ungranted.serviceAccountId);
    expect(ids).not.toContain(disabled.serviceAccountId);
    expect(ids).not.toContain(stranger.serviceAccountId);
    // …and the other organization's admin does not see this workspace at all.
    expect((await call(grants.GET, 'GET', '', { token: stranger.token, params: { org: org.slug, ws } })).status).toBe(404);
  });

  it('is for those who may read grants: a member without a grant gets 404', async () => {
    const bystander = await createTestToken(org, { role: 'member' });
    expect((await call(grants.GET, 'GET', '', { token: bystander.token, params: { org: org.slug, ws } })).status).toBe(404);
  });
});
