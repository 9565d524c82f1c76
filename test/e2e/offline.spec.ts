/**
 * Offline use (the portal's own feature): after one visit to the home page the service worker has precached the
 * site, and with the browser context offline, pages never opened before, the questionnaire, the report, a
 * template and search all work. A new deployment shows "a new version is available — reload" and never
 * reloads the page by itself; the user's click activates the new version.
 *
 * The update tests serve a copy of dist/ from a small server of their own, so that they can deploy a second
 * version of sw.js without touching the site that the other suites are using.
 */
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures.ts';
import { axeViolations, watchErrors } from './site.ts';
import { example, seed } from './seed.ts';

// Every step here runs beside a service worker filling its cache: give each one time on a busy machine.
const expect = baseExpect.configure({ timeout: 30_000 });

// Other suites block the worker (playwright.config.ts); these are about it.
test.use({ serviceWorkers: 'allow' });

/** The site's base path (`BASE=/gbt28827/ npm run build`), and a page's path below it. */
const BASE = (process.env.BASE ?? '/').replace(/\/?$/, '/').replace(/^\/?/, '/');
const at = (path: string) => `${BASE}${path.replace(/^\//, '')}`;

/** Waits until the service worker has installed (its precache is complete) and controls the page. */
async function offlineReady(page: Page) {
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', undefined, {
    timeout: 90_000,
  });
}

/** Responses since `watch` was called that did not come from the service worker, and its own network requests. */
function watchNetwork(context: BrowserContext, page: Page) {
  const network: string[] = [];
  page.on('response', (res) => {
    if (!res.fromServiceWorker()) network.push(`page: ${res.status()} ${res.url()}`);
  });
  context.on('request', (req) => {
    if (req.serviceWorker()) network.push(`worker: ${req.url()}`);
  });
  return network;
}

/** Runs a query in the search dialog and returns the result links (see search.spec.ts). */
async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('site-search button[data-open-modal]').first().click();
  await page.locator('site-search dialog input').first().fill(query);
  const message = page.locator('site-search .pagefind-ui__message');
  await expect(message).toContainText(query);
  await expect(message).toHaveText(/^(找到|没有找到|\d+ results? for|No results for)/);
  const links = page.locator('site-search .pagefind-ui__result-title a');
  await expect(links.first()).toBeVisible();
  return links.evaluateAll((as) => as.map((a) => (a.getAttribute('href') ?? '').replace(/#.*$/, '')));
}

test.describe('offline after one visit', () => {
  test('never-visited pages, the questionnaire, the report, a template and search work offline', async ({
    page,
    context,
  }) => {
    // Installing the precache and opening a dozen pages: slow on a busy machine.
    test.slow();
    const errors = watchErrors(page);
    await page.goto(at('/'));
    await offlineReady(page);
    const scope = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.scope);
    expect(scope).toBe(new URL(at('/'), page.url()).href);

    await context.setOffline(true);
    const network = watchNetwork(context, page);

    // Clause pages in both languages, by their canonical URL and by index.html.
    await page.goto(at('/5-2/'));
    await expect(page.locator('#DM-PLAN-01')).toBeVisible();
    await page.goto(at('/en/7-3/index.html'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('h1')).toContainText('7.3');
    await page.goto(at('/glossary/'));
    await expect(page.locator('#term-sla')).toBeVisible();

    // The questionnaire: create an assessment and answer an element; then a related practice by its query.
    await page.goto(at('/assess/'));
    await page.getByLabel('评估名称').fill('离线评估');
    await page.getByLabel('被评估供方').fill('离线供方');
    await page.getByRole('button', { name: '创建并开始评估' }).click();
    await expect(page.getByTestId('view-heading')).toHaveText('离线评估');
    const id = page.url().split('#/a/')[1]!;
    await page.locator('li[data-clause="5.2"] a').click();
    const plan01 = page.locator('fieldset[data-element="DM-PLAN-01"]');
    await plan01.locator('label', { hasText: '完全实施' }).click();
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
    await page.goto(at('/en/assess/?catalog=handover'));
    await expect(page.getByTestId('view-heading')).toBeVisible();

    // The report of that assessment, with its charts (chart.js is a chunk loaded on demand).
    await page.goto(at(`/report/#${id}`));
    await expect(page.getByTestId('report')).toHaveAttribute('data-id', id);
    await expect(page.locator('.report-chart canvas')).toHaveCount(2);

    // A template: fill in a field and find it again after a reload.
    await page.goto(at('/sla/'));
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await page.locator('#sla-supplier').fill('离线供方');
    await expect(page.locator('.template-status')).toHaveClass(/template-status--saved/);
    await page.reload();
    await expect(page.locator('#sla-supplier')).toHaveValue('离线供方');

    // Search, in both languages' indexes.
    await page.goto(at('/checklist-remote/'));
    expect(await search(page, '知识库')).toContain(at('/5-3/'));
    await page.goto(at('/en/plans/'));
    expect((await search(page, 'knowledge base')).length).toBeGreaterThan(0);

    expect(network, 'requests that reached the network').toEqual([]);
    expect(errors).toEqual([]);
  });

  test('the Office libraries are not precached, and work offline once an export has loaded them', async ({
    page,
    context,
  }) => {
    test.slow();
    const office: string[] = [];
    context.on('request', (req) => {
      if (/\/_astro\/(?:office|docx)\.[\w-]+\.js$/.test(req.url())) office.push(req.url());
    });
    await seed(page, at('/'), [['offline-xlsx', example('weak-supplier')]]);
    await offlineReady(page);
    expect(office, 'Office chunks fetched by the install').toEqual([]);

    await page.goto(at('/report/#offline-xlsx'));
    await expect(page.getByTestId('report')).toHaveAttribute('data-id', 'offline-xlsx');
    const [online] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(online.suggestedFilename()).toMatch(/\.xlsx$/);
    expect(office.filter((u) => u.includes('/office.'))).not.toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await expect(page.getByTestId('report')).toHaveAttribute('data-id', 'offline-xlsx');
    const [offline] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
    expect(offline.suggestedFilename()).toMatch(/\.xlsx$/);
  });

  test('a page outside the precache still fails offline (the test can tell)', async ({ page, context }) => {
    await page.goto(at('/'));
    await offlineReady(page);
    await context.setOffline(true);
    await expect(page.goto(at('/no-such-page/'))).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
  });
});

/** A copy of the built site on a port of its own, whose service worker can be swapped for a new version. */
async function startSite() {
  let version = 1;
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.svg': 'image/svg+xml',
  };
  const server: Server = createServer((req, res) => {
    const url = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!url.startsWith(BASE)) return void res.writeHead(404).end();
    const path = `/${url.slice(BASE.length)}`;
    const file = normalize(join('dist', path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith('dist')) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => {
        // Version 2 differs by a message handler that tells the test which worker answers.
        if (path === '/sw.js' && version === 2) {
          body = Buffer.concat([body, Buffer.from(VERSION_2_HANDLER)]);
        }
        res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(body);
      },
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://localhost:${port}`,
    deploySecondVersion: () => void (version = 2),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

const VERSION_2_HANDLER = `
self.addEventListener('message', (event) => {
  if (event.data === 'which-version') event.source.postMessage('version-2');
});`;

/** Which worker controls the page: 'version-2' if the new one answers, else null. */
const controllerVersion = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<string | null>((resolve) => {
        navigator.serviceWorker.addEventListener('message', (e) => resolve(String(e.data)), { once: true });
        navigator.serviceWorker.controller?.postMessage('which-version');
        setTimeout(() => resolve(null), 3_000);
      }),
  );

const updateCases = [
  {
    locale: 'zh-CN',
    path: '/sla/',
    field: '#sla-supplier',
    notice: '有新版本可用',
    button: '重新加载',
  },
  {
    locale: 'en',
    path: '/en/sla/',
    field: '#sla-supplier',
    notice: 'A new version is available',
    button: 'Reload',
  },
];

test.describe('update notice', () => {
  for (const c of updateCases) {
    test(`a new deployment asks before reloading (${c.locale})`, async ({ page }) => {
      test.slow();
      const site = await startSite();
      try {
        await page.goto(`${site.url}${at(c.path)}`);
        await offlineReady(page);
        const notice = page.locator('[data-update-notice]');
        await expect(notice).toHaveAttribute('role', 'status');
        await expect(notice).toBeEmpty();
        // Nothing is drawn while there is no update: no empty bar at the bottom of the page.
        expect((await notice.boundingBox())?.height ?? 0, 'height of the empty notice').toBe(0);

        // Someone is typing when the new version is deployed and the browser looks for it.
        await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
        await page.locator(c.field).fill('typed before the update');
        await page.evaluate(() => Object.assign(window, { notReloaded: true }));
        site.deploySecondVersion();
        await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());

        await expect(notice).toContainText(c.notice);
        const button = notice.getByRole('button', { name: c.button });
        await expect(button).toBeVisible();
        expect(await axeViolations(page), 'update notice').toEqual([]);

        // The new worker waits, and the page stays as it is, with what was typed.
        expect(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())?.waiting)).toBe(
          true,
        );
        await page.waitForTimeout(2_000);
        expect(await page.evaluate(() => 'notReloaded' in window)).toBe(true);
        await expect(page.locator(c.field)).toHaveValue('typed before the update');
        expect(await controllerVersion(page)).toBeNull();

        // The click activates the new version and reloads once it controls the page.
        await expect(page.locator('.template-status')).toHaveClass(/template-status--saved/);
        await Promise.all([page.waitForEvent('load'), button.click()]);
        expect(await page.evaluate(() => 'notReloaded' in window)).toBe(false);
        await offlineReady(page);
        expect(await controllerVersion(page)).toBe('version-2');
        await expect(page.locator('[data-update-notice]')).toBeEmpty();
        await expect(page.locator(c.field)).toHaveValue('typed before the update');
      } finally {
        await site.close();
      }
    });
  }
});
