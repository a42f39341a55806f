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
import { authenticateRequest, type AuthMethod } from './authenticate';
import { errorResponse } from './errors';
import type { RouteOptions } from './operation';
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
      let ctx: Ctx | OrgCtx = { requestId, actor };
      if (options.org) {
        ctx = await resolveOrgCtx(ctx, params.org ?? '');
        if (options.permission) authorizeOrg(ctx as OrgCtx, options.permission);
      }
      const query = options.query ? parseInput(options.query, Object.fromEntries(new URL(request.url).searchParams)) : undefined;
      const body = options.body ? parseInput(options.body, await readJson(request)) : undefined;
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

async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) throw new PayloadTooLargeError();
  // An empty body is an empty object, so missing fields are named rather than "invalid JSON".
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ValidationError({ _: ['The request body is not valid JSON.'] }, 'The request body is not valid JSON.');
  }
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
