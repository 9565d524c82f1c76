/**
 * The service worker's update cycle (src/app/service-worker.ts) against a fake ServiceWorkerContainer: the
 * notice appears only for a new version, the page never reloads by itself, and the user's click activates
 * the waiting worker before the reload.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  SKIP_WAITING,
  ServiceWorkerUpdates,
  serviceWorkerLocation,
  type ContainerLike,
  type RegistrationLike,
  type WorkerLike,
} from '../../src/app/service-worker.ts';

class FakeWorker extends EventTarget implements WorkerLike {
  state = 'installing';
  messages: unknown[] = [];
  postMessage(message: unknown) {
    this.messages.push(message);
  }
  moveTo(state: string) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

class FakeRegistration extends EventTarget implements RegistrationLike {
  installing: FakeWorker | null = null;
  waiting: FakeWorker | null = null;
  update = vi.fn(async () => undefined);
  /** A new worker is found and installs; it then waits, as with `skipWaiting: false`. */
  install(worker = new FakeWorker()) {
    this.installing = worker;
    this.dispatchEvent(new Event('updatefound'));
    this.installing = null;
    this.waiting = worker;
    worker.moveTo('installed');
    return worker;
  }
}

class FakeContainer extends EventTarget implements ContainerLike {
  controller: FakeWorker | null;
  registration = new FakeRegistration();
  registered: [string, RegistrationOptions][] = [];
  constructor(controller: FakeWorker | null) {
    super();
    this.controller = controller;
  }
  async register(scriptURL: string, options: RegistrationOptions) {
    this.registered.push([scriptURL, options]);
    return this.registration;
  }
  /** The waiting worker takes over (after skipWaiting, or activated from another tab). */
  activate(worker: FakeWorker) {
    this.registration.waiting = null;
    worker.moveTo('activated');
    this.controller = worker;
    this.dispatchEvent(new Event('controllerchange'));
  }
}

function setUp(controlled: boolean) {
  const container = new FakeContainer(controlled ? new FakeWorker() : null);
  const reload = vi.fn();
  const updates = new ServiceWorkerUpdates(container, reload);
  const changes = vi.fn();
  updates.subscribe(changes);
  return { container, reload, updates, changes };
}

describe('serviceWorkerLocation', () => {
  it.each([
    ['/', '/sw.js', '/'],
    ['/gbt28827/', '/gbt28827/sw.js', '/gbt28827/'],
    ['/gbt28827', '/gbt28827/sw.js', '/gbt28827/'],
  ])('base %s → %s with scope %s', (base, scriptURL, scope) => {
    expect(serviceWorkerLocation(base)).toEqual({ scriptURL, scope });
  });
});

describe('ServiceWorkerUpdates', () => {
  it('registers the worker at the base, bypassing the HTTP cache for updates', async () => {
    const { container, updates } = setUp(false);
    await updates.register('/gbt28827/sw.js', '/gbt28827/');
    expect(container.registered).toEqual([['/gbt28827/sw.js', { scope: '/gbt28827/', updateViaCache: 'none' }]]);
  });

  it('the first worker on a page is not a new version: no notice, no reload when it takes control', async () => {
    const { container, reload, updates, changes } = setUp(false);
    await updates.register('/sw.js', '/');
    const first = container.registration.install();
    container.activate(first); // clientsClaim
    expect(updates.updateReady).toBe(false);
    expect(changes).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('a new version that installs while the page is open shows the notice and does not reload', async () => {
    const { container, reload, updates, changes } = setUp(true);
    await updates.register('/sw.js', '/');
    const next = container.registration.install();
    expect(updates.updateReady).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
    expect(next.messages).toEqual([]);
    expect(reload).not.toHaveBeenCalled();
  });

  it('a version already waiting when the page opens shows the notice at once', async () => {
    const { container, updates, changes } = setUp(true);
    container.registration.waiting = new FakeWorker();
    container.registration.waiting.state = 'installed';
    await updates.register('/sw.js', '/');
    expect(updates.updateReady).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
  });

  it('the click asks the waiting worker to activate and reloads only once it controls the page', async () => {
    const { container, reload, updates } = setUp(true);
    await updates.register('/sw.js', '/');
    const next = container.registration.install();
    updates.reloadToUpdate();
    expect(next.messages).toEqual([SKIP_WAITING]);
    expect(reload).not.toHaveBeenCalled();
    container.activate(next);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a version activated from another tab leaves this page alone, with the notice', async () => {
    const { container, reload, updates, changes } = setUp(true);
    await updates.register('/sw.js', '/');
    const next = new FakeWorker();
    container.registration.waiting = next;
    container.activate(next); // this page never saw it install
    expect(reload).not.toHaveBeenCalled();
    expect(updates.updateReady).toBe(true);
    expect(changes).toHaveBeenCalledTimes(1);
    // Nothing is waiting any more: the click reloads at once.
    updates.reloadToUpdate();
    expect(next.messages).toEqual([]);
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('a browser that refuses workers quietly leaves the page as it is', async () => {
    const container = new FakeContainer(null);
    container.register = async () => undefined as unknown as FakeRegistration;
    const updates = new ServiceWorkerUpdates(container, vi.fn());
    await expect(updates.register('/sw.js', '/')).resolves.toBeNull();
    await updates.checkForUpdate();
    expect(updates.updateReady).toBe(false);
  });

  it('checking for an update offline is quiet', async () => {
    const { container, updates } = setUp(true);
    await updates.checkForUpdate(); // not registered yet: nothing to check
    await updates.register('/sw.js', '/');
    container.registration.update.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await expect(updates.checkForUpdate()).resolves.toBeUndefined();
    expect(container.registration.update).toHaveBeenCalledTimes(1);
  });

  it('unsubscribed listeners hear nothing', async () => {
    const { container, updates } = setUp(true);
    const listener = vi.fn();
    updates.subscribe(listener)();
    await updates.register('/sw.js', '/');
    container.registration.install();
    expect(listener).not.toHaveBeenCalled();
  });
});
