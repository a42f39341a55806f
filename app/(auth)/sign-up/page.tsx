import type { Metadata } from 'next';
import Link from 'next/link';
import { SignUpForm } from '@/components/auth/sign-up-form';
import { getConfig } from '@/lib/config';

export const metadata: Metadata = { title: 'Create an organization' };
export const dynamic = 'force-dynamic';

export default function SignUpPage() {
  const open = getConfig().signup === 'open';
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-lg font-semibold">Create an organization</h1>
        <p className="text-sm text-fg-muted">You become its owner; invite your team next.</p>
      </div>
      {open ? <SignUpForm /> : <p className="text-sm">This server is invitation-only: ask an organization admin to invite you.</p>}
      <p className="text-center text-sm text-fg-muted">
        Have an account?{' '}
        <Link href="/sign-in" className="font-medium text-accent-600 hover:underline dark:text-accent-500">
          Sign in
        </Link>
      </p>
    </div>
  );
}
