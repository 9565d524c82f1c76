/**
 * What the search stand-in (src/lib/search-on-demand.ts) loads on the reader's first sign of searching: Pagefind's
 * UI, and its search engine started beside it, so that the engine's index entry, metadata and WebAssembly are in
 * before the first letter is typed. Why, and the options: src/lib/search-on-demand.ts.
 */
import type { PagefindUIOptions } from './search-on-demand.ts';
// Pagefind's UI styles, as a file of their own that this module links when it builds the UI (src/styles/search-ui.css
// says why). A plain CSS import would not wait: Astro links every stylesheet a page's scripts can reach, dynamic
// imports included, from the page's head.
import searchStylesUrl from '../styles/search-ui.css?url';

/**
 * The UI's own options, which Pagefind's UI keeps and does not pass on to the engine (@pagefind/default-ui's
 * ui-core.js deletes these keys before it calls the engine's `options`).
 */
const UI_ONLY = new Set([
  'element',
  'bundlePath',
  'pageSize',
  'resetStyles',
  'showImages',
  'showSubResults',
  'excerptLength',
  'processResult',
  'processTerm',
  'showEmptyFilters',
  'openFilters',
  'debounceTimeoutMs',
  'mergeIndex',
  'translations',
  'autofocus',
  'focusOnSlash',
  'sort',
]);

/**
 * The options the engine gets from the UI (Starlight's ranking and base URL, the excerpt length, the portal's
 * `noWorker`), so that an engine started before the UI searches exactly as the UI would have set it up.
 */
export function engineOptions(options: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const engine: Record<string, unknown> = Object.fromEntries(Object.entries(options).filter(([k]) => !UI_ONLY.has(k)));
  return { ...engine, excerptLength: options.excerptLength };
}

/** The part of pagefind.js this module calls: set the options, then start (index entry, metadata, wasm). */
interface PagefindEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/**
 * Builds the real UI and starts the engine; focuses the input when the dialog is already open. The UI imports the
 * same pagefind.js later and finds the engine already started (a module is evaluated once per page), so nothing is
 * fetched twice.
 */
export async function buildSearch(options: PagefindUIOptions, dialog: HTMLDialogElement | null): Promise<void> {
  await Promise.all([
    Promise.all([import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs'), linkStyles()]).then(
      ([{ PagefindUI: Real }]) => {
        // A copy: the UI deletes its own keys from the object it is given.
        new Real({ ...options });
        if (dialog?.open) dialog.querySelector('input')?.focus();
      },
    ),
    startEngine(options),
  ]);
}

/** Imports pagefind.js from the bundle path Starlight gives and starts it; a failure is left to the UI to report. */
async function startEngine(options: PagefindUIOptions): Promise<void> {
  const bundlePath = typeof options.bundlePath === 'string' ? options.bundlePath : '/pagefind/';
  try {
    const engine = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindEngine;
    await engine.options(engineOptions(options));
    await engine.init();
  } catch {
    // The UI imports the engine again when the reader types, and says so in the dialog if it cannot.
  }
}

/** Pagefind's UI styles, linked once per page (a second UI on the page waits for the same load). */
let styles: Promise<void> | undefined;

/**
 * Links Pagefind's UI styles into the page's head and resolves when they have loaded (or failed to: the UI still
 * works unstyled, and the failure is the network's, which the UI reports when it searches).
 */
function linkStyles(): Promise<void> {
  styles ??= new Promise<void>((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = searchStylesUrl;
    link.addEventListener('load', () => resolve(), { once: true });
    link.addEventListener('error', () => resolve(), { once: true });
    document.head.append(link);
  });
  return styles;
}
