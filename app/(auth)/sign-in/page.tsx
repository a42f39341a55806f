import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';

export const metadata: Metadata = { title: 'Sign in' };

export default function SignInPage() {
  return (
    <div className="flex flex-col gap-5">
      <div>
        <h1 className="text-lg font-semibold">Sign in</h1>
        <p className="text-sm text-fg-muted">to your organization&apos;s console</p>
      </div>
      <form className="flex flex-col gap-4">
        <Input id="email" name="email" type="email" label="Email" autoComplete="email" required />
        <Input id="password" name="password" type="password" label="Password" autoComplete="current-password" required />
        <Button type="submit" disabled>
          Sign in
        </Button>
        <p className="text-xs text-fg-muted">Sign-in is not available yet: accounts arrive with identity and tenancy.</p>
      </form>
      <p className="text-center text-sm text-fg-muted">
        New to Flotilla?{' '}
        <Link href="/sign-up" className="font-medium text-accent-600 hover:underline dark:text-accent-500">
          Create an organization
        </Link>
      </p>
    </div>
  );
}
