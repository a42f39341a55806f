import type { Metadata } from 'next';
import Link from 'next/link';
import { SignInForm } from '@/components/auth/sign-in-form';

export const metadata: Metadata = { title: 'Sign in' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-lg font-semibold">Sign in</h1>
        <p className="text-sm text-fg-muted">to your organization&apos;s console</p>
      </div>
      <SignInForm callbackUrl={callbackUrl} />
      <p className="text-center text-sm text-fg-muted">
        New to Flotilla?{' '}
        <Link href="/sign-up" className="font-medium text-accent-600 hover:underline dark:text-accent-500">
          Create an organization
        </Link>
      </p>
    </div>
  );
}
