/**
 * The site built under a base path (`npm run build:base`, served from /gbt28827/): every page answers, nothing
 * it loads or links to leaves the base, and the parts that build URLs at run time (catalog fetches, example
 * loading, the report link, search results, element and template links) keep to it. Runs in the `base-path`
 * project of playwright.config.ts; the other specs test the build at `/`.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { BASE_PATH_BUILD } from './base-path.ts';
import { builtPages, watchErrors } from './site.ts';

const BASE = BASE_PATH_BUILD.base;
const at = (path: string) => `${BASE}${path.replace(/^\//, '')}`;

/** Same-origin URLs the page refers to (links, scripts, styles, images) that are not below the base. */
async function urlsOutsideBase(page: Page): Promise<string[]> {
  return page.evaluate((base) => {
    const urls = [
      ...[...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
      ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].map((l) => l.href),
      ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((s) => s.src),
      ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((i) => i.src),
      ...[...document.querySelectorAll<HTMLOptionElement>('starlight-lang-select option')].map(
        (o) => new URL(o.value, location.href).href,
      ),
      ...performance.getEntriesByType('resource').map((r) => r.name),
    ];
    return urls.filter((u) => {
      const url = new URL(u);
      return url.origin === location.origin && !url.pathname.startsWith(base);
    });
  }, BASE);
}

const pages = builtPages(BASE_PATH_BUILD.outDir);

test('the base-path build has every page of the site', () => {
  expect(pages.length).toBe(builtPages().length);
});

// Every page, in a few batches: it answers under the base, loads nothing from outside it and logs no error.
const BATCHES = 6;
for (let batch = 0; batch < BATCHES; batch++) {
  test(`pages under ${BASE}, part ${batch + 1} of ${BATCHES}: load, no request or link outside the base`, async ({
    page,
  }) => {
    test.setTimeout(300_000); // About 15 pages, each loaded in full.
    const errors = watchErrors(page);
    for (const path of pages.filter((_, i) => i % BATCHES === batch)) {
      if (path.endsWith('404.html')) continue;
      const response = await page.goto(at(path));
      expect(response?.status(), path).toBe(200);
      await page.waitForLoadState('load');
      expect(await urlsOutsideBase(page), path).toEqual([]);
    }
    expect(errors).toEqual([]);
  });
}

test('the sidebar, a content link and the language switch stay below the base', async ({ page }) => {
  await page.goto(at('/glossary/'));
  await page.locator('nav.sidebar a', { hasText: '交付策划' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}5-2/$`));
  await expect(page.locator('#DM-PLAN-01')).toBeVisible();

  await page.goto(at('/about/'));
  await page.locator('.sl-markdown-content a', { hasText: '交付规范框架' }).first().click();
  await expect(page).toHaveURL(new RegExp(`${BASE}framework/$`));
  // The switch works once the page's scripts have run: the URL changes before that (failed once under load).
  await page.waitForLoadState('load');
  await page.locator('starlight-lang-select select').first().selectOption(at('/en/framework/'));
  await expect(page).toHaveURL(new RegExp(`${BASE}en/framework/$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an element deep link lands on its card, and its template link opens the template', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(at('/5-2/#DM-PLAN-01'));
  const card = page.locator('#DM-PLAN-01');
  await expect(card).toBeInViewport();
  const template = card.locator(`a[href="${at('/sla/')}"]`);
  await expect(template).toHaveCount(1);
  await template.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}sla/$`));
  await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
  await page.locator('#sla-supplier').fill('基础路径测试');
  await expect(page.locator('.template-status')).toHaveClass(/template-status--saved/);
  expect(errors).toEqual([]);
});

test('the questionnaire fetches its catalogs, loads an example and links to the report below the base', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const fetched: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('.json')) fetched.push(new URL(r.url()).pathname);
  });
  await page.goto(at('/assess/'));
  await page.getByTestId('example-weak').click();
  await expect(page.getByTestId('import-success')).toContainText('北岭信息技术');
  expect(fetched).toContain(at('/catalog.zh-CN.json'));

  await page.getByTestId('saved-assessment').getByRole('link', { name: '打开' }).click();
  const elementLink = page.locator(`a[href^="${at('/5-2/#DM-PLAN-')}"]`).first();
  await page.locator('li[data-clause="5.2"] a').first().click();
  await expect(elementLink).toBeVisible();

  await page.goto(page.url().replace(/#.*$/, '') + '#/');
  await page.getByTestId('saved-assessment').getByRole('link', { name: '打开' }).click();
  const report = page.getByTestId('report-link');
  await expect(report).toHaveAttribute('href', new RegExp(`^${at('/report/')}#`));
  await report.click();
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(page.locator('.report-chart canvas')).toHaveCount(2);
  expect(errors).toEqual([]);
});

test('a related practice is assessed from its page, with its own catalog fetched below the base', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto(at('/practices/handover/'));
  await page
    .locator(`a[href="${at('/assess/')}?catalog=handover"]`)
    .first()
    .click();
  await expect(page.getByTestId('view-heading')).toBeVisible();
  await expect(page.getByTestId('create-form').locator('input[name="catalog"][value="handover"]')).toBeChecked();
  expect(errors).toEqual([]);
});

test('search finds pages and links to them below the base', async ({ page }) => {
  await page.goto(at('/'));
  await page.locator('site-search button[data-open-modal]').first().click();
  await page.locator('site-search dialog input').first().fill('知识库');
  const first = page.locator('site-search .pagefind-ui__result-title a').first();
  await expect(first).toHaveAttribute('href', new RegExp(`^${at('/5-3/')}`));
  await first.click();
  await expect(page).toHaveURL(new RegExp(`${BASE}5-3/`));
});
