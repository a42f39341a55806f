// Typed service errors. Services throw these; server actions and route handlers turn them into
// responses in exactly one place each. Anything else is an internal error: its message never
// reaches a client.
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in, or send a valid API token.') {
    super('unauthenticated', 401, message);
  }
}

/** The caller may see the resource but not do this to it. */
export class ForbiddenError extends AppError {
  constructor(message = 'Your role does not allow this.') {
    super('forbidden', 403, message);
  }
}

/** Missing, in another organization, or not visible to the caller: all look the same. */
export class NotFoundError extends AppError {
  constructor(what = 'Resource') {
    super('not_found', 404, `${what} not found.`);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', 409, message);
  }
}

export class PreconditionFailedError extends AppError {
  constructor(message = 'The resource changed since you read it: reload and try again.') {
    super('precondition_failed', 412, message);
  }
}

export class ValidationError extends AppError {
  constructor(
    readonly fieldErrors: FieldErrors,
    message = 'Some fields are invalid.',
  ) {
    super('validation_failed', 422, message);
  }
}

export class RateLimitedError extends AppError {
  constructor(readonly retryAfterSeconds: number) {
    super('rate_limited', 429, `Too many attempts. Try again in ${Math.ceil(retryAfterSeconds / 60)} minute(s).`);
  }
}

export class UnavailableError extends AppError {
  constructor(message: string) {
    super('unavailable', 503, message);
  }
}
