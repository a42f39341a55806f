// Next.js calls register() once when a server starts; the Node.js runtime does Flotilla's start.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { startServer } = await import('@/lib/server-start');
  await startServer();
}
