import {
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { describe, expect, it } from 'vitest';
import { selectsAny } from './selection.js';

/** The resolve info of the operation's first root field (what selectsAny reads of it). */
function infoOf(document: string): GraphQLResolveInfo {
  const doc = parse(document);
  const op = doc.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    doc.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((f) => [f.name.value, f]),
  );
  const field = op.selectionSet.selections[0] as FieldNode;
  return { fieldNodes: [field], fragments } as unknown as GraphQLResolveInfo;
}

describe('selectsAny', () => {
  const body = ['raw', 'sections'];
  it('sees a field selected directly, in an inline fragment or in a named one', () => {
    expect(selectsAny(infoOf('{ allSnapshots { id raw } }'), body)).toBe(true);
    expect(
      selectsAny(infoOf('{ allSnapshots { id ... on Snapshot { sections { kind } } } }'), body),
    ).toBe(true);
    expect(
      selectsAny(infoOf('{ allSnapshots { ...S } } fragment S on Snapshot { id raw }'), body),
    ).toBe(true);
  });

  it('does not see fields of nested objects or fields not selected', () => {
    expect(selectsAny(infoOf('{ allSnapshots { id capturedAt sources } }'), body)).toBe(false);
    expect(selectsAny(infoOf('{ allSnapshots { id tenant { raw } } }'), body)).toBe(false);
    expect(
      selectsAny(infoOf('{ allSnapshots { ...S } } fragment S on Snapshot { id origin }'), body),
    ).toBe(false);
  });
});
