// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** What each workspace may import of ours (docs/STYLE.md, "What may import what"). */
const ours = [
  '@posture/prisma',
  '@posture/jobs',
  '@posture/api',
  '@posture/emulator',
  '@posture/web',
  '@posture/test',
];
const boundary = (allowed, extra = []) => ({
  'no-restricted-imports': [
    'error',
    {
      paths: ours
        .filter((p) => !allowed.includes(p))
        .map((name) => ({
          name,
          message: `this workspace may import only ${allowed.join(', ') || 'nothing of ours'}`,
        })),
      patterns: [
        {
          group: ours.filter((p) => !allowed.includes(p)).map((p) => `${p}/*`),
          message: 'crosses a workspace boundary (docs/STYLE.md)',
        },
        {
          group: ['../../*/src/*', '../../../*/src/*'],
          message: 'import other workspaces by package name',
        },
        ...extra,
      ],
    },
  ],
});

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
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
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
  { files: ['prisma/**/*.ts'], rules: boundary([]) },
  { files: ['emulator/**/*.ts'], rules: boundary([]) },
  { files: ['jobs/**/*.ts'], rules: boundary(['@posture/prisma']) },
  {
    files: ['api/**/*.ts'],
    ignores: ['api/src/bootstrap/embedded-emulator.ts'],
    rules: boundary(['@posture/prisma', '@posture/jobs']),
  },
  // The one sanctioned exception: `npm start` runs the emulator in-process for the demo tenant.
  {
    files: ['api/src/bootstrap/embedded-emulator.ts'],
    rules: boundary(['@posture/prisma', '@posture/jobs', '@posture/emulator']),
  },
  { files: ['web/**/*.ts', 'web/**/*.tsx'], rules: boundary([]) },
  // Checks are pure functions over a tenant view: no I/O, no database.
  {
    files: ['jobs/src/checks/catalogue/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['pg', 'node:fs', 'fs', 'node:http', 'http', '@posture/prisma'].map((name) => ({
            name,
            message: 'a check is a pure function over the tenant view: no I/O',
          })),
        },
      ],
    },
  },
);
