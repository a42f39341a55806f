import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="flex min-h-screen flex-col items-center justify-center gap-3 p-8 text-center">
      <p className="text-xs font-semibold tracking-wider text-fg-muted uppercase">404</p>
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="max-w-sm text-fg-muted">This page does not exist, or you do not have access to it.</p>
      <Link href="/" className="font-medium text-accent-600 hover:underline dark:text-accent-500">
        Go to the console
      </Link>
    </main>
  );
}
