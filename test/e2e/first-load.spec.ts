/**
 * What a template page's first visit leaves for later (issue 12): the client of the other language's export words
 * loads on the first export in that language, and the printout is made once the saved document is loaded, so the
 * page's HTML does not carry a copy of the default document. No page prefetches links (astro.config.mjs: Astro's
 * prefetch script rescanned every link on each DOM change while an island rendered). Chunks are found by their
 * content, so hashes and chunk names may change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { open, saved } from './template-page.ts';

/** The built chunk that fetches `/template-strings.<locale>.json`, by file name. */
const WORDS_CLIENT = readdirSync('dist/_astro').filter(
  (name) => name.endsWith('.js') && /[`'"]template-strings[`'"]/.test(readFileSync(`dist/_astro/${name}`, 'utf8')),
);

test('the build has one chunk that fetches the other language’s template words', () => {
  expect(WORDS_CLIENT).toHaveLength(1);
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
    expect(scripts.filter((name) => WORDS_CLIENT.includes(name))).toEqual([]);
    await expect(page.locator('.template-print')).toHaveCount(1);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.template-print')).toBeVisible();
  });
}

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
