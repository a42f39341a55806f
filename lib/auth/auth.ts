// Auth.js (next-auth v5) for the console: email and password, JWT sessions in an HttpOnly,
// SameSite=Lax cookie that is Secure when the public URL is https. The session only carries the
// user id; who the user is and what they may do is read from Postgres on every request.
import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { clientAddressOf } from '@/lib/api/client-address';
import { getConfig } from '@/lib/config';
import { RateLimitedError } from '@/lib/errors';
import { EMAIL_MAX, PASSWORD_MAX } from '@/lib/validation/limits';
import { currentSessionVersion, endAllSessions, verifyCredentials } from './credentials';

declare module 'next-auth' {
  interface Session {
    /** The users.session_version this session began under. */
    sessionVersion?: number;
  }
}

class WrongCredentials extends CredentialsSignin {
  code = 'wrong_credentials';
}

class TooManyAttempts extends CredentialsSignin {
  code: string;
  constructor(retryAfterSeconds: number) {
    super();
    this.code = `rate_limited:${retryAfterSeconds}`;
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => {
  const config = getConfig();
  const secure = config.publicUrl.startsWith('https://');
  return {
    secret: config.authSecret,
    trustHost: true,
    useSecureCookies: secure,
    session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
    pages: { signIn: '/sign-in' },
    providers: [
      Credentials({
        credentials: { email: {}, password: {} },
        async authorize(credentials, request) {
          // Cut to one past the longest that can be right (no stored email or password is
          // longer), so the answer is the same and argon2 never hashes a megabyte.
          const email = typeof credentials.email === 'string' ? credentials.email.slice(0, EMAIL_MAX + 1) : '';
          const password = typeof credentials.password === 'string' ? credentials.password.slice(0, PASSWORD_MAX + 1) : '';
          const clientAddress = clientAddressOf(request.headers, config.trustedProxies);
          try {
            const actor = await verifyCredentials({ email, password, clientAddress });
            return { id: actor.id, email: actor.email, name: actor.name };
          } catch (err) {
            if (err instanceof RateLimitedError) throw new TooManyAttempts(err.retryAfterSeconds);
            throw new WrongCredentials();
          }
        },
      }),
    ],
    callbacks: {
      async jwt({ token, user }) {
        if (user?.id) {
          token.sub = user.id;
          token.sv = await currentSessionVersion(user.id);
        }
        return token;
      },
      session({ session, token }) {
        if (token.sub) session.user.id = token.sub;
        session.sessionVersion = typeof token.sv === 'number' ? token.sv : 0;
        return session;
      },
    },
    events: {
      // Signing out ends the user's sessions everywhere, so a copied cookie dies with it.
      async signOut(message) {
        const userId = 'token' in message ? message.token?.sub : undefined;
        if (userId) await endAllSessions(userId);
      },
    },
  };
});
