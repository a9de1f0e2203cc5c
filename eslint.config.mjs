// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import path from 'node:path';
import tseslint from 'typescript-eslint';

/**
 * What each workspace may import of ours: the README's "What may import what" table, checked
 * pair by pair by test/src/lint/boundaries.spec.ts. Any workspace may import npm packages.
 */
const MAY_IMPORT = {
  prisma: [],
  jobs: ['prisma'],
  emulator: [],
  api: ['prisma', 'jobs'],
  web: [],
  test: ['prisma', 'jobs', 'emulator', 'api', 'web'],
};

/** The one sanctioned exception: `npm start` runs the emulator in-process for the demo tenant. */
const EMULATOR_BRIDGE = 'api/src/bootstrap/embedded-emulator.ts';

/** Checks are pure functions over a tenant view: they import only these (tests aside). */
const CATALOGUE = 'jobs/src/checks/catalogue';
const CHECK_TYPES = 'jobs/src/checks/types.ts';
const PURE_CHECK = { file: { categories: { allOf: ['check-catalogue'], noneOf: ['spec'] } } };

const root = import.meta.dirname;

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/generated/**',
      // GraphQL Code Generator's output (npm run codegen -w @posture/web).
      'web/src/gql/**',
      '**/node_modules/**',
      '**/.data/**',
      '**/*.mjs',
      '**/*.mts',
      '**/vitest.config.*',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'off',
    },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { boundaries },
    settings: {
      // Lint runs from each workspace's folder; the patterns below are relative to the repo root.
      'boundaries/root-path': root,
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import', 'require'],
      'import/resolver': { [path.join(root, 'scripts/eslint-import-resolver.cjs')]: {} },
      'boundaries/elements': Object.keys(MAY_IMPORT).map((ws) => ({
        type: ws,
        pattern: ws,
        partialMatch: false,
      })),
      'boundaries/files': [
        { category: 'check-catalogue', pattern: `${CATALOGUE}/**` },
        { category: 'check-types', pattern: CHECK_TYPES },
        { category: 'spec', pattern: ['**/*.spec.ts', '**/*.spec.tsx'] },
        { category: 'emulator-bridge', pattern: EMULATOR_BRIDGE },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          checkInternals: true,
          checkUnknownLocals: true,
          message:
            '{{from.element.type}}/ may not import "{{dependency.source}}" ({{to.element.type}}/): a workspace imports another only by its package name, and only as the README\'s "What may import what" allows',
          // The last policy that matches decides.
          policies: [
            // npm packages and Node built-ins: any workspace (the catalogue is narrowed below).
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            ...Object.entries(MAY_IMPORT).map(([ws, allowed]) => ({
              from: { element: { type: ws } },
              allow: [
                { to: { element: { type: ws } } },
                { to: { element: { type: allowed } }, dependency: { source: '@posture/**' } },
              ],
            })),
            {
              from: { element: { type: 'api' }, file: { categories: 'emulator-bridge' } },
              allow: {
                to: { element: { type: 'emulator' } },
                dependency: { source: '@posture/**' },
              },
            },
            {
              from: PURE_CHECK,
              disallow: { to: { module: { origin: ['local', 'external', 'core'] } } },
              message: `a check imports only ${CHECK_TYPES} and helpers in ${CATALOGUE}/: no database, no Node built-ins, no packages`,
            },
            {
              from: PURE_CHECK,
              allow: { to: { file: { categories: ['check-catalogue', 'check-types'] } } },
            },
          ],
        },
      ],
    },
  },
  // A check is a pure function of the tenant view: the evaluation time is view.now.
  {
    files: [`${CATALOGUE}/**/*.ts`],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          "NewExpression[callee.name='Date'][arguments.length=0]",
          "CallExpression[callee.name='Date']",
          "CallExpression[callee.object.name='performance'][callee.property.name='now']",
          "CallExpression[callee.object.name='Math'][callee.property.name='random']",
        ].map((selector) => ({
          selector,
          message: 'a check never reads the clock or draws random numbers: use view.now',
        })),
      ],
      'no-restricted-globals': [
        'error',
        ...['process', 'fetch', 'setTimeout', 'setInterval', 'setImmediate', 'require'].map(
          (name) => ({ name, message: 'a check is a pure function of the tenant view: no I/O' }),
        ),
      ],
    },
  },
);
