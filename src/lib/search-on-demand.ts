/**
 * Search UI on demand. Starlight's search component builds Pagefind's UI at idle on every page, which fetches about
 * 26 KB (gzip) of script that most visits never use. The site config points the bare `@pagefind/default-ui` import
 * at this module instead (astro.config.mjs, `vite.resolve.alias`), so Starlight's own button, dialog, keyboard
 * shortcut and styles stay as they are, and only the UI's code waits: it is fetched when the reader shows an
 * intent to search (pointer over or focus on the search button, a touch, or Ctrl/⌘K) and built before the dialog
 * is used. The input is focused once it exists, as Starlight does when the UI is already there.
 *
 * The search engine (pagefind.js, its index entry and metadata, and its WebAssembly) is fetched at the same moment,
 * beside the UI, rather than when the first letter is typed: once the dialog is open, typing only waits for the
 * index chunks of the query's words. It runs on the main thread (`noWorker`): for an index this size a worker only
 * adds a second download of the engine (pagefind-worker.js, about 12 KB gzip) and a thread to start before the
 * first result.
 *
 * Pagefind's own options tuned for this site (measured by `npm run bench`): a shorter debounce than its 300 ms, and
 * shorter excerpts. Both are the portal's choices, not Starlight's. The UI asks the engine to preload the index
 * chunks of what is typed on every keystroke, before the debounce, so the debounce only holds back the search
 * itself (a few milliseconds once the chunks are in): 60 ms lets a typist finish a word without a search per letter
 * and adds little to the wait for the first result.
 */

/** Options as Starlight passes them; the real UI's constructor takes the same object. */
type PagefindUIOptions = { element: string | HTMLElement; [option: string]: unknown };

/** The portal's own Pagefind UI settings, applied over Starlight's. */
export const SEARCH_TUNING = { debounceTimeoutMs: 60, excerptLength: 16 } as const;

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
 * The options the engine gets from the UI (Starlight's ranking and base URL, the excerpt length), so that an engine
 * started before the UI searches exactly as the UI would have set it up; plus `noWorker`, read once when it starts.
 */
export function engineOptions(options: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const engine: Record<string, unknown> = Object.fromEntries(Object.entries(options).filter(([k]) => !UI_ONLY.has(k)));
  return { ...engine, excerptLength: options.excerptLength, noWorker: true };
}

/** The part of pagefind.js this module calls: set the options, then start (index entry, metadata, wasm). */
interface PagefindEngine {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

/** What makes the UI load: the search button's events, and the keyboard shortcut anywhere on the page. */
const INTENT_EVENTS = ['pointerenter', 'focus', 'touchstart', 'click'] as const;

/** True for Ctrl+K / ⌘K, the shortcut Starlight opens search with. */
export const isSearchShortcut = (e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey'>) =>
  (e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k';

/**
 * Stands in for Pagefind's `PagefindUI`: remembers the options and builds the real UI on the first sign that the
 * reader wants to search. Safe to construct more than once; each instance loads the UI at most once.
 */
export class PagefindUI {
  #options: PagefindUIOptions;
  #loading: Promise<void> | undefined;

  constructor(options: PagefindUIOptions) {
    this.#options = { ...options, ...SEARCH_TUNING };
    const root = typeof options.element === 'string' ? document.querySelector(options.element) : options.element;
    const host = root?.closest('site-search') ?? document;
    const dialog = host.querySelector('dialog');
    const button = host.querySelector<HTMLButtonElement>('button[data-open-modal]');
    const load = () => void this.load(dialog);
    for (const type of INTENT_EVENTS) button?.addEventListener(type, load, { once: true, passive: true });
    window.addEventListener('keydown', (e) => isSearchShortcut(e) && load(), { passive: true });
    // A dialog opened some other way (a script, a test) still gets its UI.
    if (dialog) new MutationObserver(() => dialog.open && load()).observe(dialog, { attributeFilter: ['open'] });
    // Starlight builds this at idle: a reader (or a test) quick enough to open the dialog before then gets the UI now.
    if (dialog?.open) load();
  }

  /**
   * Fetches and builds the real UI once, and starts the search engine beside it; focuses the input when the dialog
   * is already open. The UI imports the same pagefind.js later and finds the engine already started (a module is
   * evaluated once per page), so nothing is fetched twice.
   */
  load(dialog: HTMLDialogElement | null = null): Promise<void> {
    this.#loading ??= Promise.all([
      import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(({ PagefindUI: Real }) => {
        new Real({ ...this.#options });
        if (dialog?.open) dialog.querySelector('input')?.focus();
      }),
      this.#startEngine(),
    ]).then(() => undefined);
    return this.#loading;
  }

  /** Imports pagefind.js from the bundle path Starlight gives and starts it; a failure is left to the UI to report. */
  async #startEngine(): Promise<void> {
    const bundlePath = typeof this.#options.bundlePath === 'string' ? this.#options.bundlePath : '/pagefind/';
    try {
      const engine = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindEngine;
      await engine.options(engineOptions(this.#options));
      await engine.init();
    } catch {
      // The UI imports the engine again when the reader types, and says so in the dialog if it cannot.
    }
  }
}
