import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Create an organization' };

export default function SignUpPage() {
  return (
    <div className="flex flex-col gap-3">
      <h1 className="text-lg font-semibold">Create an organization</h1>
      <p className="text-sm text-fg-muted">Organization sign-up is not available yet: it arrives with identity and tenancy.</p>
      <Link href="/sign-in" className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-500">
        Back to sign in
      </Link>
    </div>
  );
}
