// Readiness for load balancers: 200 when the database is reachable and migrated, else 503.
import { checkReadiness } from '@/lib/health/readiness';

export const dynamic = 'force-dynamic';

export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? 'ready' : 'not_ready', checks: readiness.checks },
    { status: readiness.ready ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
  );
}
