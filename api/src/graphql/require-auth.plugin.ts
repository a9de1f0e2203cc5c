import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { AuthContext } from '../auth/auth.types.js';

/** A mutation selecting nothing but `login` (and __typename) is the one anonymous operation. */
function isLoginOnly(op: OperationDefinitionNode): boolean {
  return (
    op.operation === 'mutation' &&
    op.selectionSet.selections.every(
      (s) => s.kind === Kind.FIELD && (s.name.value === 'login' || s.name.value === '__typename'),
    )
  );
}

/**
 * Without a valid token, every operation but `login` (introspection included) answers an
 * UNAUTHENTICATED error and no data at all — before any resolver runs.
 */
export function requireAuthPlugin(): ApolloServerPlugin<{ auth: AuthContext | null }> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, operation }) {
          if (contextValue.auth || (operation && isLoginOnly(operation))) return;
          throw new GraphQLError('a valid bearer token is required', {
            extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
          });
        },
      };
    },
  };
}
