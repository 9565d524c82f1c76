/**
 * Search UI on demand. Starlight's search component builds Pagefind's UI at idle on every page, which fetches about
 * 26 KB (gzip) of script that most visits never use. The site config points the bare `@pagefind/default-ui` import
 * at this module instead (astro.config.mjs, `vite.resolve.alias`), so Starlight's own button, dialog, keyboard
 * shortcut and styles stay as they are, and only the UI's code waits: it is fetched when the reader shows an
 * intent to search (pointer over or focus on the search button, a touch, or Ctrl/⌘K) and built before the dialog
 * is used. The input is focused once it exists, as Starlight does when the UI is already there.
 *
 * Pagefind's own options tuned for this site (measured by `npm run bench`): a shorter debounce than its 300 ms, and
 * shorter excerpts. Both are the portal's choices, not Starlight's.
 */

/** Options as Starlight passes them; the real UI's constructor takes the same object. */
type PagefindUIOptions = { element: string | HTMLElement; [option: string]: unknown };

/** The portal's own Pagefind UI settings, applied over Starlight's. */
export const SEARCH_TUNING = { debounceTimeoutMs: 120, excerptLength: 16 } as const;

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

  /** Fetches and builds the real UI once; focuses its input when the dialog is already open. */
  load(dialog: HTMLDialogElement | null = null): Promise<void> {
    this.#loading ??= import('@pagefind/default-ui/npm_dist/mjs/ui-core.mjs').then(({ PagefindUI: Real }) => {
      new Real(this.#options);
      if (dialog?.open) dialog.querySelector('input')?.focus();
    });
    return this.#loading;
  }
}
