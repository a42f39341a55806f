// Next.js calls register() once when a server starts; the Node.js runtime does Flotilla's start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // First, so that no request is served without its peer address (rate limits key on it).
  (await import('@/lib/http/arrival')).recordArrivals();
  const { startServer } = await import('@/lib/server-start');
  await startServer();
}
