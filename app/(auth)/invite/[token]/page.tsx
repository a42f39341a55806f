// The invitation link's page: says which organization invites whom with which role, then lets
// the invitee join (signed in with the invited email), sign in first, or create the account.
import type { Metadata } from 'next';
import Link from 'next/link';
import { AcceptInvitationForm } from '@/components/auth/accept-invitation-form';
import { InvitedAccountForm } from '@/components/auth/invited-account-form';
import { SignInForm } from '@/components/auth/sign-in-form';
import { ROLE_LABELS } from '@/components/members/roles';
import { Button } from '@/components/ui/button';
import { getSessionActor } from '@/lib/auth/session';
import { describeInvitation } from '@/lib/invitations';
import { acceptInvitationAction, signOutToAction, signUpWithInvitationAction } from '../../actions';

export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };
export const dynamic = 'force-dynamic';

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [invitation, actor] = await Promise.all([describeInvitation(token), getSessionActor()]);
  const here = `/invite/${token}`;

  if (!invitation.usable) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-lg font-semibold">This invitation cannot be used</h1>
        <p role="alert" className="text-sm text-fg-muted">
          {invitation.reason}
        </p>
        <Link href={actor ? '/orgs' : '/sign-in'} className="text-sm font-medium text-accent-600 hover:underline dark:text-accent-500">
          {actor ? 'Go to your organizations' : 'Sign in'}
        </Link>
      </div>
    );
  }

  const role = ROLE_LABELS[invitation.role].toLowerCase();
  const heading = (
    <div>
      <h1 className="text-lg font-semibold">Join {invitation.organization.name}</h1>
      <p className="text-sm text-fg-muted">
        You are invited as {role === 'admin' || role === 'owner' ? `an ${role}` : `a ${role}`}, with the email {invitation.email}.
      </p>
    </div>
  );

  if (actor) {
    const same = actor.email.toLowerCase() === invitation.email;
    return (
      <div className="flex flex-col gap-5">
        {heading}
        {same ? (
          <AcceptInvitationForm label={`Join ${invitation.organization.name}`} action={acceptInvitationAction.bind(null, token)} />
        ) : (
          <>
            <p role="alert" className="text-sm">
              You are signed in as {actor.email}. Sign out, then sign in or create an account as {invitation.email}.
            </p>
            <form action={signOutToAction.bind(null, here)}>
              <Button type="submit" variant="secondary" className="w-full">
                Sign out
              </Button>
            </form>
          </>
        )}
      </div>
    );
  }

  return (
    <div className="flex flex-col gap-5">
      {heading}
      {invitation.accountExists ? (
        <>
          <p className="text-sm text-fg-muted">Sign in to accept.</p>
          <SignInForm callbackUrl={here} email={invitation.email} />
        </>
      ) : (
        <InvitedAccountForm email={invitation.email} action={signUpWithInvitationAction.bind(null, token)} />
      )}
    </div>
  );
}
