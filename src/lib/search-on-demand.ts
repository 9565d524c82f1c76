/**
 * Search UI on demand. Starlight's search component builds Pagefind's UI at idle on every page, which fetches about
 * 26 KB (gzip) of script that most visits never use. The site config points the bare `@pagefind/default-ui` import
 * at this module instead (astro.config.mjs, `vite.resolve.alias`), so Starlight's own button, dialog, keyboard
 * shortcut and styles stay as they are, and only the UI's code and Pagefind's own UI styles wait: they are fetched
 * when the reader shows an intent to search (pointer over or focus on the search button, a touch, or Ctrl/⌘K) and
 * the UI is built before the dialog is used. The input is focused once it exists, as Starlight does when the UI
 * is already there.
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
export type PagefindUIOptions = { element: string | HTMLElement; [option: string]: unknown };

/**
 * The portal's own Pagefind UI settings, applied over Starlight's. `noWorker` is the engine's: the UI passes it on
 * with the other options it does not keep, so the engine stays on the main thread whichever of the two starts it
 * (the UI alone used to start it with a worker when it got there first: 2 searches in 24 fetched pagefind-worker.js).
 */
export const SEARCH_TUNING = { debounceTimeoutMs: 60, excerptLength: 16, noWorker: true } as const;

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
   * Fetches and builds the real UI once, and starts the search engine beside it (src/lib/search-engine.ts, a chunk
   * of its own so that every page's script stays this small); focuses the input when the dialog is already open.
   */
  load(dialog: HTMLDialogElement | null = null): Promise<void> {
    this.#loading ??= import('./search-engine.ts').then(({ buildSearch }) => buildSearch(this.#options, dialog));
    return this.#loading;
  }
}
