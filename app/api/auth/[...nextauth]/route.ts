// Auth.js's own endpoints (session, CSRF, sign-in callback, sign-out).
import { handlers } from '@/lib/auth/auth';

export const { GET, POST } = handlers;
