import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

const LAYER = {
  scripts: 'Nothing in src/ imports the CLI in scripts/: move what both need into src/engine/.',
  engine: 'src/engine/ is pure TypeScript: no DOM, astro:*, Node, Preact, model or view (README "Layout").',
  models: 'Models (src/app/, src/templates/) import no view, astro:* or Node module (README "Layout").',
  islands: 'Islands run in the browser: no Node module, page or CLI (README "Layout").',
};

export default [
  { ignores: ['dist/', 'dist-base/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  // The layers (README "Layout"): the engine is pure; models import no view and no Node; views import no Node;
  // nothing imports the CLI.
  {
    files: ['src/**/*.{ts,tsx,mjs,astro}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/scripts/**'], message: LAYER.scripts }] }],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'astro:*', 'astro', 'preact', 'preact/*', '@preact/*'], message: LAYER.engine },
            {
              group: ['**/app/**', '**/storage/**', '**/templates/**', '**/lib/**', '**/i18n/**'],
              message: LAYER.engine,
            },
            { group: ['**/islands/**', '**/components/**', '**/pages/**', '**/scripts/**'], message: LAYER.engine },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location'].map(
          (name) => ({ name, message: LAYER.engine }),
        ),
        ...['process', 'Buffer', '__dirname', 'require'].map((name) => ({ name, message: LAYER.engine })),
      ],
    },
  },
  {
    files: ['src/app/**/*.ts', 'src/templates/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'astro:*'], message: LAYER.models },
            { group: ['**/islands/**', '**/components/**', '**/pages/**', '**/scripts/**'], message: LAYER.models },
          ],
        },
      ],
    },
  },
  {
    files: ['src/islands/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: LAYER.islands },
            { group: ['**/scripts/**', '**/pages/**'], message: LAYER.islands },
          ],
        },
      ],
    },
  },
  {
    // Specs take `test` from the shared fixtures, which fail a test on any Content-Security-Policy violation.
    files: ['test/e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test'],
              message: "Import `test` from './fixtures.ts': it checks every page for CSP violations.",
            },
          ],
        },
      ],
    },
  },
];
