import { expect, test } from './fixtures.ts';
import { axeViolations, builtPages, counterpart, isEnglish, watchErrors } from './site.ts';

const pages = builtPages().filter((p) => !p.endsWith('404.html'));

test('the build has every clause page in both languages', () => {
  const clauses = [
    '5-2',
    '5-3',
    '5-4',
    '5-5',
    '6-2',
    '6-3',
    '6-4',
    '6-5',
    '7-2',
    '7-3',
    '8-2',
    '8-3',
    '8-4',
    '8-5',
    '8-6',
  ];
  for (const c of clauses) {
    expect(pages).toContain(`/${c}/`);
    expect(pages).toContain(`/en/${c}/`);
  }
  for (const p of pages) expect(pages, `${p} has no counterpart`).toContain(counterpart(p));
});

for (const path of pages) {
  test(`page ${path}: lang, language switch, no console errors, no axe violations`, async ({ page }) => {
    const errors = watchErrors(page);
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', isEnglish(path) ? 'en' : 'zh-CN');

    // Starlight's language picker offers this very page in the other language.
    const other = counterpart(path);
    const options = page.locator('starlight-lang-select select').first().locator('option');
    await expect(options.filter({ has: page.locator(`xpath=self::*[@value="${other}"]`) })).toHaveCount(1);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the language switch goes to the same page in the other language', async ({ page }) => {
  await page.goto('/6-3/');
  await page.locator('starlight-lang-select select').first().selectOption('/en/6-3/');
  await expect(page).toHaveURL(/\/en\/6-3\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  // The switch works once the page's scripts have run, which the URL and the lang attribute come before.
  await page.waitForLoadState('load');
  await page.locator('starlight-lang-select select').first().selectOption('/6-3/');
  await expect(page).toHaveURL(/\/6-3\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
});

test('an element deep link lands on its card', async ({ page }) => {
  await page.goto('/7-3/#DW-REMOTE-END-02');
  const card = page.locator('#DW-REMOTE-END-02');
  await expect(card).toBeInViewport();
  await expect(card).toContainText('DW-REMOTE-END-02');
  await expect(card.locator('.badge--key')).toHaveText('关键');
  await page.goto('/en/7-3/#DW-REMOTE-END-02');
  await expect(page.locator('#DW-REMOTE-END-02 .badge--key')).toHaveText('Key');
});

test('content pages ship no JavaScript of their own', async ({ page }) => {
  // Starlight's own scripts are module scripts from /_astro/; islands would add an astro-island element.
  for (const path of ['/5-2/', '/en/7-3/', '/glossary/', '/appendix-c/']) {
    await page.goto(path);
    await expect(page.locator('astro-island')).toHaveCount(0);
  }
});

test('the element index filters by chapter, party and key', async ({ page }) => {
  await page.goto('/elements/');
  const rows = page.locator('.element-index__table tbody tr');
  const status = page.locator('.element-index__status');
  await expect(rows).toHaveCount(99);
  // Astro removes `ssr` once the island has hydrated; a choice made before that would be reset.
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await page.getByLabel('章').selectOption('7');
  await expect(rows).toHaveCount(22);
  await page.getByLabel('只看关键要素').check();
  await expect(rows).toHaveCount(10);
  await expect(status).toHaveText('显示 10 / 99 项');
  await page.getByLabel('章').selectOption('');
  await page.getByLabel('责任方').selectOption('customer');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('DM-PLAN-C01');
  expect(await axeViolations(page)).toEqual([]);
});

test('glossary terms are linked from clause pages', async ({ page }) => {
  await page.goto('/5-2/');
  const link = page.locator('a[href="/glossary/#term-sla"]').first();
  await link.click();
  await expect(page).toHaveURL(/\/glossary\/#term-sla$/);
  await expect(page.locator('#term-sla')).toContainText('服务级别协议');
});

test('Appendix C labels its numbers as an example', async ({ page }) => {
  const cases: [string, string][] = [
    ['/appendix-c/', '示例模板，并非标准内容'],
    ['/en/appendix-c/', 'Example template, not part of the standard'],
  ];
  for (const [path, label] of cases) {
    await page.goto(path);
    await expect(page.locator('.example-notice')).toContainText(label);
    for (const caption of await page.locator('.example table caption').allTextContents())
      expect(caption).toContain(label);
  }
});
