// A session's jobs are listed on the session's page (the breadcrumb "Jobs" leads here).
import { redirect } from 'next/navigation';

export default async function Page({ params }: { params: Promise<{ org: string; ws: string; session: string }> }) {
  const { org, ws, session } = await params;
  redirect(`/orgs/${encodeURIComponent(org)}/workspaces/${encodeURIComponent(ws)}/sessions/${encodeURIComponent(session)}`);
}
