import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import { builtinModules } from 'node:module';

const LAYER = {
  scripts: 'Nothing in src/ imports the CLI in scripts/: move what both need into src/engine/.',
  tests: 'Only the tests of the CLI (SCRIPT_TESTS) import scripts/: test the rest through src/.',
  engine: 'src/engine/ is pure TypeScript: no DOM, astro:*, Node, Preact, model or view (README "Layout").',
  catalog: 'src/catalog/ is the schema, run in the browser too: no Node, astro:*, model or view (README "Layout").',
  models:
    'Models and storage (src/app/, src/templates/, src/storage/) import no view, astro:*, Node module or loader (README "Layout").',
  islands: 'Islands run in the browser: no Node module, loader, page or CLI (README "Layout").',
  office:
    'src/office/ runs in the browser and the CLI: engine, catalog, templates, i18n strings and the Office libraries (docx, exceljs) only; no DOM, Node, astro:*, model or view (README "Layout").',
  zod: "Code the browser loads uses `import * as z from 'zod/mini'` (issue 12 §3: zod's chaining API costs 17 KB gzip on every app page); only the build-time catalog schemas and the loader use 'zod'.",
};

/** Classic zod, refused where the browser loads the module. */
const CLASSIC_ZOD = { name: 'zod', message: LAYER.zod };

/** Node's own modules, bare and with the `node:` prefix. */
const NODE = ['node:*', ...builtinModules.filter((name) => !name.startsWith('_'))];
/** What only the build, the CLI and the pages may import. */
const VIEWS = ['**/islands/**', '**/components/**', '**/pages/**', '**/scripts/**'];
/** The dictionaries of the exported words, whose translator types (and only those) the engine may import. */
const EXPORT_WORDS = ['report', 'compare', 'review', 'agreement'].map((name) => `**/i18n/${name}-export.ts`);

const CATALOG_PATTERNS = [
  { group: [...NODE, 'astro:*', 'astro'], message: LAYER.catalog },
  { group: ['**/app/**', '**/storage/**', '**/templates/**', '**/loader/**'], message: LAYER.catalog },
  { group: VIEWS, message: LAYER.catalog },
];
/** The catalog modules browser code imports at run time. */
const BROWSER_CATALOG = [
  'src/catalog/base-schemas.ts',
  'src/catalog/locales.ts',
  'src/catalog/localize.ts',
  'src/catalog/quiz.ts',
];

/** Unit tests of the CLI in scripts/ and their helper; every other unit test imports src/ only. */
const SCRIPT_TESTS = [
  'test/unit/fixtures/cli.ts',
  'test/unit/budgets.test.ts',
  'test/unit/build-sw.test.ts',
  'test/unit/cli-agreement.test.ts',
  'test/unit/cli-assess.test.ts',
  'test/unit/cli-compare.test.ts',
  'test/unit/cli-xlsx.test.ts',
];

export default [
  { ignores: ['dist/', 'dist-base/', '.astro/', 'node_modules/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // Where the types carry the invariants (issue 13 §4): narrow with a guard, or use itemAt/valueAt
      // (src/engine/invariant.ts) where an index or ID is known to exist, rather than assert with `!`.
      '@typescript-eslint/no-non-null-assertion': 'error',
    },
  },
  {
    // Tests may assert what they have just set up: a wrong `!` there fails the test that made it.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  // The layers (README "Layout"): the engine is pure; models import no view and no Node; views import no Node;
  // nothing imports the CLI.
  {
    files: ['src/**/*.{ts,tsx,mjs,astro}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [CLASSIC_ZOD], patterns: [{ group: ['**/scripts/**'], message: LAYER.scripts }] },
      ],
    },
  },
  {
    // Build time only: the catalog loader and the content collections may use classic zod.
    files: ['src/loader/**/*.ts', 'src/content.config.ts'],
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
          paths: [CLASSIC_ZOD],
          patterns: [
            { group: [...NODE, 'astro:*', 'astro', 'preact', 'preact/*', '@preact/*'], message: LAYER.engine },
            {
              group: ['**/app/**', '**/storage/**', '**/templates/**', '**/lib/**', '**/loader/**'],
              message: LAYER.engine,
            },
            { group: ['**/i18n/**', ...EXPORT_WORDS.map((file) => `!${file}`)], message: LAYER.engine },
            // The export functions take their words from their caller as translators (`ReportTranslator`,
            // `CompareTranslator`, `ReviewTranslator`, `AgreementTranslator`); each type (with its key type, so a
            // mistyped key fails the type check) lives beside the dictionary it is built from. A type import is
            // erased, so the engine still loads no dictionary: only `import type` is allowed.
            { group: EXPORT_WORDS, allowTypeImports: true, message: LAYER.engine },
            { group: VIEWS, message: LAYER.engine },
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
    files: ['src/office/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [CLASSIC_ZOD],
          patterns: [
            { group: [...NODE, 'astro:*', 'astro', 'preact', 'preact/*', '@preact/*'], message: LAYER.office },
            {
              group: ['**/app/**', '**/storage/**', '**/templates/**', '**/lib/**', '**/loader/**'],
              message: LAYER.office,
            },
            { group: VIEWS, message: LAYER.office },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'indexedDB', 'navigator', 'location'].map(
          (name) => ({ name, message: LAYER.office }),
        ),
        ...['process', 'Buffer', '__dirname', 'require'].map((name) => ({ name, message: LAYER.office })),
      ],
    },
  },
  {
    files: ['src/catalog/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: CATALOG_PATTERNS }] },
  },
  {
    // The catalog modules the browser loads (the rest, schema.ts and training.ts, are checked at build only).
    files: BROWSER_CATALOG,
    rules: { 'no-restricted-imports': ['error', { paths: [CLASSIC_ZOD], patterns: CATALOG_PATTERNS }] },
  },
  {
    files: ['src/app/**/*.ts', 'src/templates/**/*.ts', 'src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [CLASSIC_ZOD],
          patterns: [
            { group: [...NODE, 'astro:*', 'astro'], message: LAYER.models },
            { group: ['**/loader/**'], message: LAYER.models },
            { group: VIEWS, message: LAYER.models },
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
          paths: [CLASSIC_ZOD],
          patterns: [
            { group: NODE, message: LAYER.islands },
            { group: ['**/scripts/**', '**/pages/**', '**/loader/**'], message: LAYER.islands },
          ],
        },
      ],
    },
  },
  {
    files: ['test/unit/**/*.ts'],
    ignores: SCRIPT_TESTS,
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/scripts/**'], message: LAYER.tests }] }],
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
