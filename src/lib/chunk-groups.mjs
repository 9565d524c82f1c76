// How the browser build groups modules into files (Rolldown's `output.codeSplitting.groups`, set for Astro's client
// build in astro.config.mjs). Runs when Astro reads its config (Node).
//
// Why: left alone, Rolldown makes one file per set of importing entries, and every island and every `import()` is
// an entry, so a template page loaded about 30 small scripts. Each file is compressed on its own and loses what it
// shares with the others: the SLA page's 40.5 KB of gzip JS is 34.2 KB as one file. These groups put the modules
// that the same pages always load together into one file each. First visit, gzip KB, before and after: /sla/ 75.2
// and 72.2, /priority/ 81.6 and 79.2, /plans/ 85.3 and 82.1, /assess/ 136.2 and 134.2; docs pages unchanged.
//
// How a group works: a module whose path matches goes into the group's file, and so do its static imports that no
// group of higher priority took. So a group lists only modules that every page loading the group loads anyway, and
// the modules they import that others share sit in a group of higher priority (`text-tools` for the report and the
// questionnaire, `app-common` for every tool). Vite's preload helper has its own group: every page loads it, and
// without it a group would take it and the docs pages would load that whole group.
//
// Check a change with `npm run build && npm run budgets`: a docs page that starts loading preact, or the
// questionnaire that starts loading template code, shows in its row. test/unit/chunk-groups.test.ts checks that
// every module named here exists, so a renamed file cannot drop out of its group unnoticed.

/** Modules under src/, by path without extension, that every page with a tool (questionnaire, report, templates) loads. */
export const APP_COMMON = [
  'catalog/locales',
  'engine/file-name',
  'engine/message',
  'engine/time',
  'islands/download',
  'islands/shared/FileInput',
  'lib/paths',
  'storage/browser-store',
  'storage/trash',
];

/**
 * The outline and Markdown writers, which every page with a tool loads with its first export, and the reader of raw
 * JSON, which the pages load with their schemas (the templates' come with `defineTemplate`).
 */
export const TEXT_TOOLS = ['engine/markdown', 'engine/outline', 'engine/raw-json'];

/** What every template editor (SLA, priority, plans, checklist, service catalogue) loads. */
export const TEMPLATES_COMMON = [
  'islands/templates/MissingSections',
  'islands/templates/TemplateFrame',
  'islands/templates/TemplateToolbar',
  'islands/templates/fields',
  'islands/templates/print',
  'islands/templates/use-document-model',
  'templates/document',
  'templates/issues',
  'templates/list-edits',
  'templates/merge',
  'templates/model',
  'templates/repository',
  'templates/template-words',
];

/** @param {string[]} modules paths under src/ without extension */
const underSrc = (modules) => {
  const wanted = new Set(modules);
  /** @param {string} id a module id as Rolldown gives it (absolute path, maybe with a query) */
  return (id) => {
    const match = /[\\/]src[\\/](.+)\.(?:ts|tsx|mjs)(?:\?.*)?$/.exec(id);
    return match !== null && !/[\\/]node_modules[\\/]/.test(id) && wanted.has(match[1].replaceAll('\\', '/'));
  };
};

/** The groups, in priority order (a higher priority takes its modules first). */
export const chunkGroups = [
  { name: 'preload-helper', test: /preload-helper/, priority: 5 },
  { name: 'preact', test: /node_modules[\\/](?:preact|@preact[\\/]signals|@astrojs[\\/]preact)[\\/]/, priority: 4 },
  { name: 'app-common', test: underSrc(APP_COMMON), priority: 3 },
  { name: 'text-tools', test: underSrc(TEXT_TOOLS), priority: 2 },
  { name: 'templates-common', test: underSrc(TEMPLATES_COMMON), priority: 1 },
];
