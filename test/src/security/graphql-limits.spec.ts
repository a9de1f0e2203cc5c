import { readFileSync } from 'node:fs';
import path from 'node:path';
import { GRAPHQL_LIMITS, graphqlProtection } from '@posture/api';
import {
  buildSchema,
  getIntrospectionQuery,
  Kind,
  parse,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { REPO } from '../support/app-process.js';

/**
 * The GraphQL limits (api/src/graphql/limits.ts) against what the dashboard really sends: every
 * operation the web ships (the sources GraphQL Code Generator recorded in web/src/gql/gql.ts)
 * must pass them, and the abuse they exist for must not.
 */
const schema = buildSchema(readFileSync(path.join(REPO, 'api', 'schema.graphql'), 'utf8'));
const { validationRules } = graphqlProtection();

function webDocuments(): DefinitionNode[] {
  const source = readFileSync(path.join(REPO, 'web', 'src', 'gql', 'gql.ts'), 'utf8');
  const block = /type Documents = \{([\s\S]*?)\n\};/.exec(source)?.[1] ?? '';
  const texts = [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): typeof types\./gm)].map(
    (m) => JSON.parse(m[1]!) as string,
  );
  return texts.flatMap((t) => parse(t).definitions);
}

/** One operation with the fragments it uses, transitively: a document the server would get. */
function documentFor(op: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>) {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const f = fragments.get(spread.name.value);
        if (f && !used.has(f.name.value)) {
          used.set(f.name.value, f);
          walk(f);
        }
      },
    });
  walk(op);
  return { kind: Kind.DOCUMENT, definitions: [op, ...used.values()] } as DocumentNode;
}

function errorsOf(doc: DocumentNode): string[] {
  return validate(schema, doc, validationRules).map((e) => e.message);
}

describe('GraphQL limits', () => {
  const defs = webDocuments();
  const fragments = new Map(
    defs
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const operations = defs.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );

  it('finds the dashboard operations to judge', () => {
    expect(operations.length).toBeGreaterThan(10);
  });

  it.each(operations.map((op) => [op.name?.value ?? '(anonymous)', op] as const))(
    'let the dashboard operation %s through',
    (_name, op) => {
      expect(errorsOf(documentFor(op, fragments))).toEqual([]);
    },
  );

  it("let react-admin's introspection through", () => {
    expect(errorsOf(parse(getIntrospectionQuery()))).toEqual([]);
  });

  it('refuse more aliases than the limit, naming it', () => {
    const many = (n: number) =>
      parse(
        `query { ${Array.from({ length: n }, (_, i) => `a${i}: allAlerts(perPage: 10) { id summary }`).join(' ')} }`,
      );
    expect(errorsOf(many(GRAPHQL_LIMITS.maxAliases))).toEqual([]);
    expect(errorsOf(many(GRAPHQL_LIMITS.maxAliases + 1)).join()).toMatch(
      new RegExp(`Aliases limit of ${GRAPHQL_LIMITS.maxAliases} exceeded`),
    );
    expect(errorsOf(many(1000)).join()).toMatch(/Aliases limit/);
  });

  it('refuse a query nested deeper than the limit', () => {
    // Depth through fragments counts too (flattened), so a fragment chain cannot hide it.
    const deep = Array.from({ length: GRAPHQL_LIMITS.maxDepth }, () => 'settings {').join(' ');
    const doc = parse(
      `query { allTenants { ...T } } fragment T on Tenant { id tenant: __typename ${deep} checkSchedule ${'}'.repeat(GRAPHQL_LIMITS.maxDepth)} }`,
      { noLocation: true },
    );
    expect(errorsOf(doc).join()).toMatch(/depth limit/i);
  });

  it('refuse lists that together ask for more rows than the budget, fragments and variables counted', () => {
    const lists = (n: number, perPage: string) =>
      Array.from({ length: n }, (_, i) => `l${i}: allAlerts(perPage: ${perPage}) { id }`).join(' ');
    expect(errorsOf(parse(`query { ${lists(3, '1000')} }`))).toEqual([]);
    expect(errorsOf(parse(`query { ${lists(4, '1000')} }`)).join()).toMatch(
      /ask for up to 4000 rows; at most 3000/,
    );
    // A variable counts as a full page: validation runs before variables are read.
    expect(errorsOf(parse(`query($n: Int) { ${lists(4, '$n')} }`)).join()).toMatch(/4000 rows/);
    // Each use of a fragment counts: spreading one list four times is four lists.
    const spread = parse(
      `query { a: allTenants(perPage: 1) { ...L } b: allTenants(perPage: 1) { ...L } c: allTenants(perPage: 1) { ...L } d: allTenants(perPage: 1) { ...L } } fragment L on Tenant { id } query Q { ...M ...M2 } fragment M on Query { x: allAlerts(perPage: 1000) { id } y: allAlerts(perPage: 1000) { id } } fragment M2 on Query { z: allAlerts(perPage: 1000) { id } w: allAlerts(perPage: 1) { id } }`,
    );
    expect(errorsOf(spread).join()).toMatch(/3001 rows/);
  });
});
