// The one wrapper every /api/v1 route handler goes through. It authenticates (bearer token or
// session cookie), refuses cross-origin cookie writes, builds the Ctx (and the OrgCtx for
// `[org]` routes), parses the body and query with strict zod schemas, runs the handler and
// turns its result or its typed error into the response. Handlers stay one line long.
import 'server-only';
import type { z } from 'zod';
import type { Ctx, OrgCtx } from '@/lib/auth/context';
import { authorizeOrg } from '@/lib/auth/authorize';
import { getConfig } from '@/lib/config';
import { AppError, ForbiddenError, ValidationError } from '@/lib/errors';
import { resolveOrgCtx } from '@/lib/organizations/context';
import { isStorableText, untrustedDataProblem } from '@/lib/validation/untrusted-data';
import { authenticateRequest, type AuthMethod } from './authenticate';
import { errorResponse } from './errors';
import { isBodyRequired, type RouteOptions } from './operation';
import { isAllowedOrigin } from './origin';
import { parseInput } from './parse';
import { requestIdOf } from './request-id';

type Parsed<S> = S extends z.ZodType ? z.output<S> : undefined;
type RouteParams = Record<string, string>;

export interface HandlerInput<Body, Query> {
  params: RouteParams;
  body: Body;
  query: Query;
  request: Request;
  /** How the caller authenticated. */
  via: AuthMethod;
}

export type RouteHandler = (request: Request, context: { params: Promise<RouteParams> }) => Promise<Response>;

/** 1 MiB: far beyond any JSON this API takes, small enough that nobody can fill our memory. */
const MAX_BODY_BYTES = 1 << 20;

class PayloadTooLargeError extends AppError {
  constructor() {
    super('payload_too_large', 413, 'The request body is too large.');
  }
}

class InvalidPathError extends AppError {
  constructor() {
    super('invalid_path', 400, 'The path contains a NUL character or an unpaired surrogate.');
  }
}

const bodyError = (message: string) => new ValidationError({ _: [message] }, message);

export function apiRoute<
  Org extends boolean = false,
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
>(
  options: RouteOptions<Org, Body, Query> & {
    handler: (ctx: Org extends true ? OrgCtx : Ctx, input: HandlerInput<Parsed<Body>, Parsed<Query>>) => Promise<unknown>;
  },
): RouteHandler {
  return async (request, context) => {
    const requestId = requestIdOf(request.headers);
    try {
      const { actor, via } = await authenticateRequest(request);
      // A browser attaches the cookie to any site's request; only the console's own may write.
      if (via === 'session' && !isAllowedOrigin(request.headers, request.method, getConfig().publicUrl)) {
        throw new ForbiddenError('Cross-origin requests may not change anything.');
      }
      const params = (await context.params) ?? {};
      // Nothing can be named like this, and Postgres refuses NUL outright: say so instead of a 500.
      if (!Object.values(params).every((v) => typeof v !== 'string' || isStorableText(v))) throw new InvalidPathError();
      let ctx: Ctx | OrgCtx = { requestId, actor };
      if (options.org) {
        ctx = await resolveOrgCtx(ctx, params.org ?? '');
        if (options.permission) authorizeOrg(ctx as OrgCtx, options.permission);
      }
      const searchParams = checked(Object.fromEntries(new URL(request.url).searchParams));
      const query = options.query ? parseInput(options.query, searchParams) : undefined;
      const body = options.body ? await readBody(request, options.body) : undefined;
      const result = await options.handler(ctx as Org extends true ? OrgCtx : Ctx, {
        params,
        body: body as Parsed<Body>,
        query: query as Parsed<Query>,
        request,
        via,
      });
      return toResponse(result, options.successStatus ?? 200, requestId);
    } catch (err) {
      return errorResponse(err, requestId);
    }
  };
}

async function readJson(request: Request, required: boolean): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  let text: string;
  try {
    // Not request.text(): it would turn invalid UTF-8 into U+FFFD and store that silently.
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw bodyError('The request body is not valid UTF-8.');
  }
  if (text.trim() === '') {
    if (required) throw bodyError('The request body is empty: this operation takes a JSON object.');
    // An optional body left out is an empty object, so defaults apply as for `{}`.
    return {};
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw bodyError('The request body is not valid JSON.');
  }
  return checked(value);
}

/** The parsed body. An empty PATCH that the schema accepts (all fields optional) changes nothing: 422. */
async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  const value = await readJson(request, isBodyRequired(request.method, schema));
  const body = parseInput(schema, value);
  if (request.method === 'PATCH' && isEmptyObject(value)) throw bodyError('Nothing to change: send at least one field.');
  return body;
}

/** Refuses input nested too deeply or holding text that cannot be stored, naming the field. */
function checked<T>(value: T): T {
  const problem = untrustedDataProblem(value);
  if (problem) throw new ValidationError({ [problem.path]: [problem.message] });
  return value;
}

function isEmptyObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 0;
}

function toResponse(result: unknown, status: number, requestId: string): Response {
  const headers = { 'x-request-id': requestId, 'cache-control': 'no-store' };
  if (result instanceof Response) {
    // Some Responses (a fetch's, a redirect) have immutable headers: copy those.
    const out = new Response(result.body, result);
    out.headers.set('x-request-id', requestId);
    return out;
  }
  if (result === undefined || result === null) return new Response(null, { status: 204, headers });
  return Response.json(result, { status, headers });
}
