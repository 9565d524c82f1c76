/**
 * Registration of the offline service worker (`scripts/build-sw.ts`) and its update cycle, without DOM: the
 * Service Worker container and the reload are passed in, so tests drive it with fakes.
 *
 * The portal's own rule, not the standard's: a new deployment never takes over a page by itself, because a
 * reload in the middle of an answer loses what is being typed. A new worker waits (the build sets
 * `skipWaiting: false`); the page offers "a new version is available — reload", and only the user's click asks
 * the waiting worker to activate and reloads once it controls the page.
 */

/** The parts of `ServiceWorker` used here. */
export interface WorkerLike extends EventTarget {
  readonly state: string;
  postMessage(message: unknown): void;
}

/** The parts of `ServiceWorkerRegistration` used here. */
export interface RegistrationLike extends EventTarget {
  readonly installing: WorkerLike | null;
  readonly waiting: WorkerLike | null;
  update(): Promise<unknown>;
}

/** The parts of `ServiceWorkerContainer` (`navigator.serviceWorker`) used here. */
export interface ContainerLike extends EventTarget {
  readonly controller: WorkerLike | null;
  /** Resolves to nothing where registration is refused quietly (e.g. a test browser that blocks workers). */
  register(scriptURL: string, options: RegistrationOptions): Promise<RegistrationLike | undefined>;
}

/** The message that the generated worker answers with `skipWaiting()` (workbox-build, `skipWaiting: false`). */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/** Worker URL and scope for a site base (`import.meta.env.BASE_URL`, with or without its trailing slash). */
export function serviceWorkerLocation(base: string, file = 'sw.js') {
  const scope = base.endsWith('/') ? base : `${base}/`;
  return { scriptURL: `${scope}${file}`, scope };
}

export class ServiceWorkerUpdates {
  #container: ContainerLike;
  #reload: () => void;
  #registration: RegistrationLike | null = null;
  #updateReady = false;
  #reloadRequested = false;
  #listeners = new Set<() => void>();

  constructor(container: ContainerLike, reload: () => void) {
    this.#container = container;
    this.#reload = reload;
  }

  /** True once a new version is installed and waiting for the user to reload. */
  get updateReady(): boolean {
    return this.#updateReady;
  }

  /** Calls `listener` whenever `updateReady` changes; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Registers the worker. A worker already waiting (installed while the page was closed or in another tab)
   * shows the notice at once; a later one shows it when it has installed. Only an update counts: the first
   * worker on a page without a controller is not a new version.
   */
  async register(scriptURL: string, scope: string): Promise<RegistrationLike | null> {
    const registration = await this.#container.register(scriptURL, { scope, updateViaCache: 'none' });
    if (!registration) return null;
    this.#registration = registration;
    if (registration.waiting && this.#container.controller) this.#setUpdateReady();
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      if (!worker) return;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed' && this.#container.controller) this.#setUpdateReady();
      });
    });
    // The first worker claims the page (clientsClaim) without a reload. A later change reloads only when this
    // page asked for it; a new version activated from another tab leaves this page as it is, with the notice.
    let controlled = this.#container.controller !== null;
    this.#container.addEventListener('controllerchange', () => {
      if (this.#reloadRequested) this.#reload();
      else if (controlled) this.#setUpdateReady();
      controlled = true;
    });
    return registration;
  }

  /** Asks the server for a newer worker (a long-open questionnaire never navigates, so it would not notice). */
  async checkForUpdate(): Promise<void> {
    try {
      await this.#registration?.update();
    } catch {
      // Offline or the host is unreachable: nothing to update from; the next check tries again.
    }
  }

  /**
   * The user's "reload": lets the waiting worker take over, then reloads once it controls the page. When the
   * worker was already activated from another tab, nothing is waiting and the page reloads at once.
   */
  reloadToUpdate(): void {
    this.#reloadRequested = true;
    const waiting = this.#registration?.waiting;
    if (waiting) waiting.postMessage(SKIP_WAITING);
    else this.#reload();
  }

  #setUpdateReady() {
    if (this.#updateReady) return;
    this.#updateReady = true;
    for (const listener of this.#listeners) listener();
  }
}
