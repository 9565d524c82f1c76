import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

/**
 * Types a query into the site's search dialog, as a user would, and returns the result pages in the order
 * shown (the dialog uses the Pagefind index of the page's language and the ranking set in astro.config.mjs).
 */
async function search(page: Page, path: string, query: string): Promise<string[]> {
  await page.goto(path);
  await page.locator('site-search button[data-open-modal]').first().click();
  await page.locator('site-search dialog input').first().fill(query);
  const message = page.locator('site-search .pagefind-ui__message');
  // Wait for the final message (“找到 N 个…” / “N results for…”), not the interim “正在搜索…”.
  await expect(message).toContainText(query);
  await expect(message).toHaveText(/^(找到|没有找到|\d+ results? for|No results for)/);
  const links = page.locator(
    'site-search .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a',
  );
  // Result titles fill in as each result's data loads; wait until the first three (or all, if fewer) have.
  const results = page.locator('site-search .pagefind-ui__result');
  await expect(links.first()).toBeVisible();
  await expect.poll(async () => (await links.count()) >= Math.min(3, await results.count())).toBe(true);
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) =>
    h.replace(/#.*$/, ''),
  );
}

// Chinese queries a user would type, with the page that must come first or in the top three.
const zhQueries: [query: string, page: string, within: 1 | 3][] = [
  ['交付策划', '/5-2/', 3],
  ['保密协议', '/5-2/', 3],
  ['风险规避计划', '/5-2/', 3],
  ['应急事件', '/5-2/', 3],
  ['知识库', '/5-3/', 1],
  ['满意度调查', '/5-4/', 1],
  ['投诉', '/5-5/', 1],
  ['指导手册', '/6-2/', 1],
  ['受理渠道', '/6-3/', 1],
  ['结束支持', '/6-3/', 3],
  ['回退方案', '/6-4/', 1],
  ['观察期', '/6-4/', 1],
  ['调研评估报告', '/6-5/', 1],
  ['现场管理制度', '/7-2/', 1],
  ['临时账号', '/7-3/', 1],
  ['结束许可', '/7-3/', 1],
  ['现场备件', '/8-2/', 3],
  ['服务目录', '/appendix-a/', 1],
  ['升级机制', '/appendix-c/', 3],
  // Related practice (not the standard): each practice page is found by the words its documents use.
  ['准生产环境', '/practices/handover/', 1],
  ['双机热备', '/practices/handover/', 1],
  ['一次性解决', '/practices/software/', 1],
  ['质量控制检查', '/practices/quality/', 3],
  ['打卡', '/practices/work-rules/', 3],
];

test.describe('Chinese search (zh-CN index)', () => {
  for (const [query, expected, within] of zhQueries) {
    test(`「${query}」 finds ${expected} ${within === 1 ? 'first' : 'in the top three'}`, async ({ page }) => {
      const urls = await search(page, '/', query);
      expect(urls.slice(0, within), urls.join(', ')).toContain(expected);
      for (const url of urls) expect(url.startsWith('/en/'), url).toBe(false);
    });
  }
  test('an element ID finds its clause page', async ({ page }) => {
    expect((await search(page, '/', 'DW-REMOTE-END-02')).slice(0, 3)).toContain('/7-3/');
    expect((await search(page, '/', 'DM-PLAN-09')).slice(0, 3)).toContain('/5-2/');
    expect((await search(page, '/', 'HO-APP-07')).slice(0, 3)).toContain('/practices/handover/');
  });
  test('the dialog speaks Chinese', async ({ page }) => {
    await search(page, '/', '临时账号');
    await expect(page.locator('site-search .pagefind-ui__message')).toHaveText(/^找到 \d+ 个与「临时账号」相关的结果$/);
  });
});

test('English queries on English pages find English pages only', async ({ page }) => {
  const urls = await search(page, '/en/', 'temporary accounts');
  expect(urls.slice(0, 3)).toContain('/en/7-3/');
  for (const url of urls) expect(url.startsWith('/en/'), url).toBe(true);
  const ids = await search(page, '/en/', 'DM-PLAN-01');
  expect(ids.slice(0, 3)).toContain('/en/5-2/');
});
