// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';

/** Layer rules (docs/architecture.md) as restricted imports, so the build enforces them. */
const restrict = (...patterns) => ['error', { patterns }];
const noUp = (layer, message) => ({ regex: `(^|/)(${layer})(/|$)`, message });
/** Outside services/, a capability is reached through its index: `services/records`, never a file in it. */
const capabilityIndexOnly = {
  regex: '(^|/)services/[^/]+/',
  message:
    'Import a service capability through its index (services/<capability>), never a file in it.',
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', '.e2e', 'coverage', 'dev-dist', 'bench/results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.tsx', 'src/**/use-*.ts'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // The rules: pure. Imports zod and domain/ only; no clock, no timers, no browser.
    // Their tests (beside them) may import vitest and fast-check.
    files: ['src/domain/**/*.ts'],
    ignores: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '^(?!zod$|\\./)',
        message: 'domain/ imports only zod and domain/.',
      }),
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'indexedDB',
          'navigator',
          'setTimeout',
          'setInterval',
          'performance',
          'fetch',
          'crypto',
        ].map((name) => ({ name, message: 'domain/ is pure: pass it what it needs.' })),
      ],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'domain/ never reads the clock: take `now`.',
        },
        {
          selector: "MemberExpression[object.name='Date'][property.name='now']",
          message: 'domain/ never reads the clock: take `now`.',
        },
      ],
    },
  },
  {
    // Tests of the rules may use the test tools, the clock and builders of plain data.
    files: ['src/domain/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '^(?!zod$|vitest$|fast-check$|\\./|\\.\\./testing/builders$)',
        message: 'domain tests import the test tools, the row builders and domain/ only.',
      }),
      'no-restricted-globals': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: 'Named exports only.' },
      ],
    },
  },
  {
    // domain/sync/ is a folder of the domain: it may also import the domain one level up.
    files: ['src/domain/sync/**/*.ts'],
    ignores: ['src/domain/sync/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex: '^(?!zod$|\\./|\\.\\./(?!\\.\\.))',
        message: 'domain/ imports only zod and domain/.',
      }),
    },
  },
  {
    files: ['src/domain/sync/**/*.test.ts'],
    rules: {
      'no-restricted-imports': restrict({
        regex:
          '^(?!zod$|vitest$|fast-check$|\\./|\\.\\./(?!\\.\\.)|\\.\\./\\.\\./testing/builders$)',
        message: 'domain tests import the test tools, the row builders and domain/ only.',
      }),
    },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        noUp(
          'domain|db|services|features|components|app|i18n|testing',
          'lib/ knows nothing of the app.',
        ),
        { regex: '^react', message: 'lib/ has no React.' },
      ),
    },
  },
  {
    files: ['src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        noUp('services|features|components|app|i18n', 'db/ imports domain, lib and dexie only.'),
        { regex: '^react', message: 'db/ has no React.' },
      ),
    },
  },
  {
    files: ['src/services/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        noUp('features|components|app', 'services/ never import the UI.'),
        { regex: '^react', message: 'services/ have no React.' },
        {
          // Beside its own files, a capability sees another one only through that one's index.
          regex: '^\\.\\./[^./][^/]*/',
          message:
            'Another capability is reached through its index (../<capability>), never a file in it.',
        },
      ),
    },
  },
  {
    // The replicator: talks to the hub and the local database, never to the UI.
    files: ['src/sync/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        noUp('features|components|app|i18n', 'sync/ never imports the UI.'),
        { regex: '^react', message: 'sync/ has no React.' },
      ),
    },
  },
  {
    // Catalogues and formatters: pure, so services can write documents in three languages.
    files: ['src/i18n/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict(
        noUp('db|services|features|components|app|lib', 'i18n/ imports domain/ only.'),
        { regex: '^react', message: 'i18n/ has no React.' },
      ),
    },
  },
  {
    files: ['src/components/**/*.{ts,tsx}', 'src/hooks/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        noUp('features|app', 'shared UI never imports a feature or the app.'),
        capabilityIndexOnly,
      ),
    },
  },
  {
    // A feature never imports another feature; shared pieces go to components/ or hooks/.
    files: ['src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict(
        { regex: '^\\.\\./(?!\\.\\.)', message: 'A feature never imports another feature.' },
        noUp('app', 'features never import the app shell.'),
        capabilityIndexOnly,
      ),
    },
  },
  {
    // The app shell, the test helpers, end-to-end tests, benchmarks and scripts use the same doors.
    files: [
      'src/app/**/*.{ts,tsx}',
      'src/testing/**/*.{ts,tsx}',
      'e2e/**/*.ts',
      'bench/**/*.ts',
      'scripts/**/*.ts',
    ],
    rules: { 'no-restricted-imports': restrict(capabilityIndexOnly) },
  },
  {
    // No import cycles: a capability's index may be imported by another only if the other's
    // index is not, directly or through others, imported back.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js'] } },
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // Node scripts, configs, end-to-end tests and benchmarks run in Node.
    files: ['scripts/**', 'e2e/**', 'bench/**', 'deploy/**', '*.config.{ts,js}'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
  {
    files: ['*.config.{ts,js}', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
