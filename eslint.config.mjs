// @ts-check
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';

/** The domain is pure: no framework, database or event-store client may leak into it. */
const FORBIDDEN_IN_DOMAIN = [
  { group: ['@nestjs/*'], message: 'The domain is pure: no Nest in libs/domain.' },
  { group: ['typeorm', 'typeorm/*'], message: 'The domain is pure: no TypeORM in libs/domain.' },
  { group: ['pg', 'pg-*'], message: 'The domain is pure: no pg in libs/domain.' },
  { group: ['@eventstore/*'], message: 'The domain is pure: no EventStoreDB in libs/domain.' },
  { group: ['@app/event-store', '@app/event-store/*', '@app/database', '@app/database/*'], message: 'The domain is pure: no infrastructure libs in libs/domain.' },
  // Allow-list for packages: pure computation only (decimal.js for money; ajv compiles the published
  // event schemas into functions of the value); chinese-days is read for its JSON holiday table with
  // require(), which this rule does not see, and test/architecture/domain-purity.spec.ts allows.
  { regex: '^(?!\\.|decimal\\.js$|ajv(/|$)|fast-check$)', message: 'The domain is pure: only decimal.js and ajv (and fast-check in specs) from npm.' },
  { group: ['node:fs', 'fs', 'node:net', 'net', 'node:http', 'http', 'node:child_process', 'child_process'], message: 'The domain does no I/O.' },
];

/** Dependencies point one way: apps → libs → domain; what two processes share lives in libs/. */
const APP_TO_APP = (other) => [
  { group: [`**/${other}/src`, `**/${other}/src/**`, `**/apps/${other}/**`], message: `An app never imports another app: move what apps/${other} shares into libs/.` },
];
const LIB_TO_APP = [
  { group: ['**/apps/**', '**/api/src/**', '**/projector/src/**'], message: 'A library never imports an app.' },
];

export default tseslint.config(
  // test/e2e/openapi/client/ledger-api.generated.ts: written by `npm run openapi:client`, not committed.
  { ignores: ['dist/**', 'node_modules/**', '.data/**', 'coverage/**', '**/*.js', '**/*.mjs', 'test/e2e/openapi/client/ledger-api.generated.ts'] },
  ...tseslint.configs.recommended,
  prettier,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='parseFloat']", message: 'Money is never a JavaScript number: use decimal.js.' },
      ],
    },
  },
  {
    files: ['libs/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [...FORBIDDEN_IN_DOMAIN, ...LIB_TO_APP] }],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The domain has no clock: time arrives with the command.' },
        { object: 'Math', property: 'random', message: 'The domain has no randomness: ids arrive with the command.' },
      ],
      'no-restricted-globals': ['error', { name: 'crypto', message: 'No random ids in the domain.' }],
    },
  },
  {
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: APP_TO_APP('projector') }] },
  },
  {
    files: ['apps/projector/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: APP_TO_APP('api') }] },
  },
  {
    files: ['libs/**/*.ts'],
    ignores: ['libs/domain/**/*.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: LIB_TO_APP }] },
  },
  {
    files: ['**/*.spec.ts', '**/*.e2e-spec.ts', 'test/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
);
