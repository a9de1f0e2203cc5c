import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  Lexer,
  Source,
  TokenKind,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';
import { MAX_PER_PAGE } from './models/common.js';

/**
 * What one GraphQL request may ask for, checked before anything runs. The dashboard's own
 * operations stay inside them: test/src/security/graphql-limits.spec.ts validates every
 * operation the web ships against these rules, and shows what they refuse.
 */
export const GRAPHQL_LIMITS = {
  /** Aliased fields per operation: 1,000 aliases of a list query once kept a server busy for minutes. */
  maxAliases: 15,
  /** Nesting of selections (fragments flattened); introspection is exempt. */
  maxDepth: 10,
  /** Lexer tokens in the document, counted before parsing starts (tokenLimitError). */
  maxTokens: 3000,
  /** graphql-armor's cost: objects 2, scalars 1, ×1.5 per level; introspection is exempt. */
  maxCost: 20_000,
  /** Directives per operation. */
  maxDirectives: 20,
  /**
   * Rows all the lists of one operation may ask for together (the sum of their `perPage`; a
   * variable counts as the most a page may hold, MAX_PER_PAGE, since validation runs before
   * variables are read). Three full pages: enough for any dashboard view, never a table dump.
   */
  maxRows: 3 * MAX_PER_PAGE,
} as const;

/** How many rows the lists in a selection may return, fragments expanded (each use counts). */
function rowsAsked(context: ValidationContext, set: SelectionSetNode, seen: Set<string>): number {
  let rows = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) {
      const perPage = sel.arguments?.find((a) => a.name.value === 'perPage');
      if (perPage) {
        rows += perPage.value.kind === Kind.INT ? Number(perPage.value.value) : MAX_PER_PAGE;
      }
      if (sel.selectionSet) rows += rowsAsked(context, sel.selectionSet, seen);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      rows += rowsAsked(context, sel.selectionSet, seen);
    } else {
      const name = sel.name.value;
      const fragment = context.getFragment(name);
      // A fragment cycle is the spec's own error (NoFragmentCycles); don't loop on it here.
      if (fragment && !seen.has(name)) {
        rows += rowsAsked(context, fragment.selectionSet, new Set([...seen, name]));
      }
    }
  }
  return rows;
}

/** Refuses an operation whose lists together ask for more than `maxRows` rows. */
export function rowBudgetRule(maxRows: number = GRAPHQL_LIMITS.maxRows): ValidationRule {
  return (context) => ({
    OperationDefinition(op) {
      const rows = rowsAsked(context, op.selectionSet, new Set());
      if (rows > maxRows) {
        context.reportError(
          new GraphQLError(
            `The lists in this operation ask for up to ${rows} rows; at most ${maxRows} may be ` +
              `asked for in one request (the sum of every perPage; a variable counts as ${MAX_PER_PAGE}).`,
            { nodes: [op], extensions: { code: 'ROW_BUDGET_EXCEEDED', rows, maxRows } },
          ),
        );
      }
    },
  });
}

/**
 * Counts the document's tokens, stopping one past `limit`, and answers the error to send when
 * there are too many (null otherwise, and for text that does not lex: the parser reports it).
 * Runs before Apollo parses anything; graphql-armor's own token plugin throws from a hook where
 * Apollo answers 500, so it is not used.
 */
export function tokenLimitError(
  query: string,
  limit: number = GRAPHQL_LIMITS.maxTokens,
): GraphQLError | null {
  const lexer = new Lexer(new Source(query));
  try {
    for (let n = 0; lexer.advance().kind !== TokenKind.EOF;) {
      if (++n > limit) {
        return new GraphQLError(`Syntax Error: Token limit of ${limit} exceeded.`, {
          extensions: { code: 'GRAPHQL_VALIDATION_FAILED', maxTokens: limit },
        });
      }
    }
  } catch {
    return null;
  }
  return null;
}

export interface GraphQLProtection {
  plugins: ApolloServerPlugin[];
  validationRules: ValidationRule[];
}

/** The rules and plugins to give Apollo Server. Field suggestions are off ("did you mean …"). */
export function graphqlProtection(): GraphQLProtection {
  const armor = new ApolloArmor({
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, flattenFragments: true },
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, flattenFragments: true },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  });
  const { plugins, validationRules } = armor.protect();
  return { plugins, validationRules: [...validationRules, rowBudgetRule()] };
}
