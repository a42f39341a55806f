// Runs once when the server starts: validate the configuration and migrate the database, so a
// misconfigured server fails at start with a clear message instead of on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getConfig } = await import('@/lib/config');
  const { getDatabase } = await import('@/lib/db/client');
  try {
    getConfig();
  } catch (err) {
    // A misconfigured server must not look alive: say what is wrong and stop.
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  }
  try {
    const handle = await getDatabase();
    console.log(`[flotilla] database ready (${handle.mode})`);
  } catch (err) {
    // The server keeps running so /api/readyz can report the outage and recover on its own.
    console.error('[flotilla] database not ready at start:', err instanceof Error ? err.message : err);
  }
}
