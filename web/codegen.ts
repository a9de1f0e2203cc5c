import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * The dashboard's GraphQL types, generated from the API's checked-in schema and the operations
 * in src (graphql(`…`)). `npm run codegen` writes src/gql; `npm test` fails when it is stale.
 */
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Enums as objects, so the dashboard lists their values from the schema.
        enumType: 'const',
        namingConvention: { enumValues: 'keep' },
        scalars: { DateTime: 'string', JSON: 'unknown' },
        useTypeImports: true,
        // Documents as typed strings: fetch sends the text, no GraphQL parser in the bundle.
        documentMode: 'string',
      },
    },
  },
};

export default config;
