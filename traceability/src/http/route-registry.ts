import type { Context, Hono } from 'hono';
import { z } from 'zod';
import type { Principal } from '../auth/principal';
import { AppError } from './app-error';
import type { AnswerHeaders } from './security-headers';

export type AppEnv = {
  Variables: { principal: Principal; requestId: string; answerHeaders: AnswerHeaders };
};

type Method = 'get' | 'post' | 'patch' | 'delete';

export interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  method: Method;
  /** Hono path syntax (`/v1/producers/:id`). */
  path: string;
  summary: string;
  tag: string;
  /** Who may call at all; finer rules are checked by the handler through auth/policy. */
  auth: 'public' | 'signed-in';
  body?: B;
  query?: Q;
  responses: Record<number, { description: string; schema?: z.ZodType }>;
}

export interface HandlerInput<B, Q> {
  c: Context<AppEnv>;
  body: B;
  query: Q;
  params: Record<string, string>;
  principal: Principal;
}

type Infer<T> = T extends z.ZodType ? z.output<T> : undefined;

/**
 * Registers a route on the app and in the OpenAPI document, so the published contract is
 * generated from the same zod schemas that validate requests.
 */
export class RouteRegistry {
  readonly specs: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[] = [];

  /**
   * checkResponses (tests): every JSON answer with a declared schema is checked against it after
   * serialisation, and a mismatch fails the request loudly, so the published contract (and the
   * types generated from it, packages/contracts/src/registry-api.ts) cannot drift from what the
   * handlers really send.
   */
  constructor(
    private readonly app: Hono<AppEnv>,
    private readonly options: { checkResponses?: boolean } = {},
  ) {}

  add<B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
    spec: RouteSpec<B, Q>,
    handler: (input: HandlerInput<Infer<B>, Infer<Q>>) => Promise<Response> | Response,
  ): void {
    this.specs.push(spec);
    this.app[spec.method](spec.path, async (c) => {
      const principal = c.get('principal');
      if (spec.auth === 'signed-in' && principal.kind === 'anonymous') {
        throw new AppError(
          'unauthenticated',
          'Sign in to use this endpoint (Authorization: Bearer <token>).',
        );
      }
      const body = spec.body ? parseWith(spec.body, await readJson(c), 'body') : undefined;
      const query = spec.query ? parseWith(spec.query, c.req.query(), 'query') : undefined;
      const response = await handler({
        c,
        body: body as Infer<B>,
        query: query as Infer<Q>,
        params: c.req.param() as Record<string, string>,
        principal,
      });
      if (this.options.checkResponses) await checkResponse(spec, response);
      return response;
    });
  }
}

async function checkResponse(
  spec: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>,
  response: Response,
) {
  const schema = spec.responses[response.status]?.schema;
  if (!schema || !response.headers.get('content-type')?.includes('application/json')) return;
  const parsed = schema.safeParse(await response.clone().json());
  if (!parsed.success) {
    const where = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(
      `${spec.method.toUpperCase()} ${spec.path} answered ${response.status} off its schema: ${where}`,
    );
  }
}

async function readJson(c: Context): Promise<unknown> {
  const type = c.req.header('content-type') ?? '';
  if (!type.includes('application/json')) {
    throw new AppError(
      'validation_failed',
      'Send the request body as JSON (Content-Type: application/json).',
    );
  }
  try {
    return await c.req.json();
  } catch {
    throw new AppError('validation_failed', 'The request body is not valid JSON.');
  }
}

export function parseWith<T extends z.ZodType>(schema: T, value: unknown, where: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0];
  throw new AppError(
    'validation_failed',
    `Invalid ${where}: ${first ? `${first.path || '(root)'}: ${first.message}` : 'see details'}`,
    issues,
  );
}

export function buildOpenApi(
  specs: RouteSpec<z.ZodType | undefined, z.ZodType | undefined>[],
  serverUrl: string,
) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.path.replace(/:(\w+)/g, '{$1}');
    const params = [...spec.path.matchAll(/:(\w+)/g)].map((m) => ({
      name: m[1],
      in: 'path',
      required: true,
      schema: { type: 'string' },
    }));
    const query = spec.query ? queryParameters(spec.query) : [];
    const operation: Record<string, unknown> = {
      summary: spec.summary,
      tags: [spec.tag],
      parameters: [...params, ...query],
      responses: Object.fromEntries(
        Object.entries(spec.responses).map(([status, r]) => [
          status,
          {
            description: r.description,
            ...(r.schema
              ? { content: { 'application/json': { schema: toSchema(r.schema, 'output') } } }
              : {}),
          },
        ]),
      ),
    };
    if (spec.auth === 'signed-in') operation.security = [{ bearer: [] }];
    if (spec.body) {
      operation.requestBody = {
        required: true,
        content: { 'application/json': { schema: toSchema(spec.body, 'input') } },
      };
    }
    paths[path] = { ...(paths[path] ?? {}), [spec.method]: operation };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'OCOP registry', version: '1.0.0' },
    servers: [{ url: serverUrl }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } } },
    paths,
  };
}

function toSchema(schema: z.ZodType, io: 'input' | 'output') {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

function queryParameters(schema: z.ZodType) {
  const json = toSchema(schema, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: s,
  }));
}
