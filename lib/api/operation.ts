// An API operation's contract, declared once and used twice: the route handler (`apiRoute`)
// parses with its schemas, and the OpenAPI document (`lib/api/openapi`) describes it from the
// very same schemas. Pure data: no server imports, so the API reference page can read it too.
import type { z } from 'zod';
import type { OrgPermission } from '@/lib/auth/permissions';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What `apiRoute` needs to run a handler. */
export interface RouteOptions<
  Org extends boolean = boolean,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
> {
  /** The route has an `[org]` segment: the handler gets an OrgCtx (404 unless the caller belongs there). */
  org?: Org;
  /** Checked (with the token's scopes) before the input is parsed; services check again. */
  permission?: OrgPermission;
  /** A strict zod schema for the JSON body. */
  body?: Body;
  /** A strict zod schema for the query string (values arrive as strings: coerce). */
  query?: Query;
  /** The status of a successful answer with a body; 200 unless given. Handlers returning nothing answer 204. */
  successStatus?: 200 | 201 | 202;
}

/** RouteOptions plus what the OpenAPI document says about the operation. */
export interface ApiOperation<
  Org extends boolean = boolean,
  Body extends z.ZodType | undefined = z.ZodType | undefined,
  Query extends z.ZodType | undefined = z.ZodType | undefined,
> extends RouteOptions<Org, Body, Query> {
  operationId: string;
  method: HttpMethod;
  /** The path under /api/v1 in OpenAPI form, e.g. `/orgs/{org}/service-accounts/{id}`. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  /** Descriptions of the path parameters (all are strings). */
  params?: Record<string, string>;
  /** The success body's schema; omitted for 204 No Content. */
  response?: z.ZodType;
}

/** Declares an operation, keeping its schema types for `apiRoute`'s inference. */
export function defineOperation<
  Org extends boolean = false,
  Body extends z.ZodType | undefined = undefined,
  Query extends z.ZodType | undefined = undefined,
>(operation: ApiOperation<Org, Body, Query>): ApiOperation<Org, Body, Query> {
  return operation;
}

/**
 * Whether a request must carry a body: always for PATCH (whose empty object changes nothing and
 * is refused), otherwise when the schema does not accept an empty object. The OpenAPI document
 * says so and `apiRoute` refuses an empty body where it is required.
 */
export function isBodyRequired(method: string, body: z.ZodType): boolean {
  return method.toUpperCase() === 'PATCH' || !body.safeParse({}).success;
}
