/// <reference types="node" />
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, graphql } from 'graphql';
import { vi } from 'vitest';

/** The API's checked-in schema: requests the dashboard sends must be valid against it. */
// Vitest runs in the web workspace.
const schema = buildSchema(
  readFileSync(path.resolve(process.cwd(), '../api/schema.graphql'), 'utf8'),
);

/** Every root query and mutation of the schema: what the server lists for an ADMIN at login. */
export const ALL_OPERATIONS = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
  Object.keys(type?.getFields() ?? {}),
);

export interface SentRequest {
  query: string;
  operationName?: string;
  variables: Record<string, unknown>;
  authorization: string | null;
}

/**
 * A `fetch` stub at the network edge: each request is validated and executed against the real
 * schema, with `root` answering the fields a test needs (a value, or a function of the field's
 * arguments). Returns the requests sent, for the test to read.
 */
export function stubGraphQLFetch(
  root: Record<string, unknown>,
  options: { fail?: (request: SentRequest) => Response | null } = {},
) {
  const sent: SentRequest[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: unknown, init?: RequestInit) => {
      const body = JSON.parse(String(init?.body)) as Omit<SentRequest, 'authorization'>;
      const headers = new Headers(init?.headers);
      const request = {
        ...body,
        variables: body.variables ?? {},
        authorization: headers.get('Authorization'),
      };
      sent.push(request);
      const failed = options.fail?.(request);
      if (failed) return failed;
      const result = await graphql({
        schema,
        source: request.query,
        variableValues: request.variables,
        operationName: request.operationName,
        rootValue: root,
      });
      return new Response(JSON.stringify(result), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return sent;
}

/** The requests that selected `field` at the top level. */
export const requestsFor = (sent: readonly SentRequest[], field: string) =>
  sent.filter((r) => new RegExp(`[{\\s]${field}\\s*[({]`).test(r.query));
