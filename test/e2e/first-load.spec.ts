/**
 * What a template page's first visit leaves for later (issue 12): the export writers (the document's outline, the
 * Markdown writer) and the client of the export words load on the first export, and the printout is made once the saved document is loaded, so the
 * page's HTML does not carry a copy of the default document. No page prefetches links (astro.config.mjs: Astro's
 * prefetch script rescanned every link on each DOM change while an island rendered). Chunks are found by their
 * content, so hashes and chunk names may change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { templateDictionaries } from '../../src/i18n/templates.ts';
import { watchErrors } from './site.ts';
import { download, open, saved } from './template-page.ts';

/** The built chunk that fetches `/template-strings.<locale>.json`, by file name. */
const WORDS_CLIENT = readdirSync('dist/_astro').filter(
  (name) => name.endsWith('.js') && /[`'"]template-strings[`'"]/.test(readFileSync(`dist/_astro/${name}`, 'utf8')),
);

/** The built chunks that write a template's outline (each names the exports' last line, `md.generated`). */
const OUTLINE_WRITERS = readdirSync('dist/_astro').filter(
  (name) => name.endsWith('.js') && /[`'"]md\.generated[`'"]/.test(readFileSync(`dist/_astro/${name}`, 'utf8')),
);

test('the build has one chunk that fetches the template words, and the outline writers', () => {
  expect(WORDS_CLIENT).toHaveLength(1);
  expect(OUTLINE_WRITERS.length).toBeGreaterThanOrEqual(3);
});

for (const path of ['/sla/', '/en/priority/', '/plans/']) {
  test(`${path}: the words client waits for an export in the other language; the printout for the document`, async ({
    page,
    request,
  }) => {
    const html = await (await request.get(path)).text();
    expect(html).toContain('template-root');
    expect(html).not.toContain('template-print');
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(new URL(r.url()).pathname.split('/').pop() ?? ''));
    await open(page, path);
    await saved(page);
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((name) => WORDS_CLIENT.includes(name) || OUTLINE_WRITERS.includes(name))).toEqual([]);
    await expect(page.locator('.template-print')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.template-print')).toBeVisible();
  });
}

test('an export whose writer cannot be fetched says so and downloads nothing; once it can, it downloads', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await open(page, '/priority/');
  await saved(page);
  const writers = (url: URL) => OUTLINE_WRITERS.some((name) => url.pathname.endsWith(`/${name}`));
  await page.route(writers, (route) => route.abort());
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: '导出 Markdown' }).click();
  await expect(page.getByTestId('markdown-failed')).toHaveText(templateDictionaries['zh-CN']['toolbar.markdownFailed']);
  expect(downloads).toBe(0);
  await page.unroute(writers);
  const md = await download(page, '导出 Markdown');
  expect(md.text).toContain('# 优先级方案 1');
  await expect(page.getByTestId('markdown-failed')).toHaveCount(0);
  // The aborted request is the only error.
  expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
});

test('a link is not fetched before it is followed', async ({ page }) => {
  const pages: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/5-3/')) pages.push(r.url());
  });
  await page.goto('/5-2/');
  await page.waitForLoadState('networkidle');
  const link = page.locator('nav a[href="/5-3/"]').first();
  await link.hover();
  await link.focus();
  await page.waitForTimeout(500);
  expect(pages).toEqual([]);
  expect(await page.locator('link[rel="prefetch"]').count()).toBe(0);
});
