import { mkdirSync } from 'node:fs';
import type { Page, Request } from '@playwright/test';
import { searchRanking } from '../../src/lib/search-ranking.mjs';
import { synonymGroups } from '../../src/lib/search-synonyms.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './site.ts';

/** The result pages shown in the search dialog, in order, once the first three (or all, if fewer) have titles. */
async function shownUrls(page: Page): Promise<string[]> {
  const links = page.locator(
    'site-search .pagefind-ui__result > .pagefind-ui__result-inner > .pagefind-ui__result-title a',
  );
  // Result titles fill in as each result's data loads.
  const results = page.locator('site-search .pagefind-ui__result');
  await expect(links.first()).toBeVisible();
  await expect.poll(async () => (await links.count()) >= Math.min(3, await results.count())).toBe(true);
  return (await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))).map((h) =>
    h.replace(/#.*$/, ''),
  );
}

/**
 * Types a query into the site's search dialog, as a user would, and returns the result pages in the order
 * shown, or none when there are no results (the dialog uses the Pagefind index of the page's language and the
 * ranking set in astro.config.mjs).
 */
async function search(page: Page, path: string, query: string): Promise<string[]> {
  // The engine runs on the main thread, whichever of the UI and the early start gets to it first
  // (src/lib/search-on-demand.ts): no search fetches Pagefind's worker script.
  const workers: string[] = [];
  const onRequest = (request: Request) =>
    void (request.url().includes('pagefind-worker') && workers.push(request.url()));
  page.on('request', onRequest);
  await page.goto(path);
  await page.locator('site-search button[data-open-modal]').first().click();
  await page.locator('site-search dialog input').first().fill(query);
  const message = page.locator('site-search .pagefind-ui__message');
  // Wait for the final message (“找到 N 个…” / “N results for…”), not the interim “正在搜索…”.
  await expect(message).toContainText(query);
  await expect(message).toHaveText(/^(找到|没有找到|\d+ results? for|No results for)/);
  const none = /^(没有找到|No results for)/.test(await message.innerText());
  const urls = none ? [] : await shownUrls(page);
  page.off('request', onRequest);
  expect(workers, 'Pagefind worker fetched').toEqual([]);
  return urls;
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

test("Pagefind's UI styles load with the search UI, not with the page", async ({ page }) => {
  // Whether any stylesheet the page has holds a rule of Pagefind's own UI styles (Starlight's overrides of them
  // name `#starlight__search` and are always there; `.pagefind-ui__message` appears in Pagefind's file only).
  const hasPagefindStyles = () =>
    page.evaluate(() =>
      [...document.styleSheets].some((sheet) => {
        const rules = (list: CSSRuleList): boolean =>
          [...list].some((rule) =>
            'cssRules' in rule && (rule as CSSGroupingRule).cssRules.length
              ? rules((rule as CSSGroupingRule).cssRules)
              : rule.cssText.includes('.pagefind-ui__message'),
          );
        return rules(sheet.cssRules);
      }),
    );
  await page.goto('/5-2/');
  await page.waitForLoadState('load');
  expect(await hasPagefindStyles()).toBe(false);
  await search(page, '/5-2/', '知识库');
  expect(await hasPagefindStyles()).toBe(true);
  // And they apply as before: the result count is Pagefind's bold line.
  const message = page.locator('site-search .pagefind-ui__message');
  await expect(message).toHaveCSS('font-weight', '700');
  await expect(message).toHaveCSS('display', 'flex');
});

test('English queries on English pages find English pages only', async ({ page }) => {
  const urls = await search(page, '/en/', 'temporary accounts');
  expect(urls.slice(0, 3)).toContain('/en/7-3/');
  for (const url of urls) expect(url.startsWith('/en/'), url).toBe(true);
  const ids = await search(page, '/en/', 'DM-PLAN-01');
  expect(ids.slice(0, 3)).toContain('/en/5-2/');
  // The words of the clauses, without the level descriptions (not indexed, src/components/ElementCard.astro).
  expect((await search(page, '/en/', 'incident'))[0]).toBe('/en/6-3/');
  expect((await search(page, '/en/', 'knowledge base'))[0]).toBe('/en/5-3/');
});

const isPractice = (url: string) => /\/practices\/./.test(url);

/**
 * Queries the built index of the open page's language directly, with the dialog's ranking, and returns every
 * result page in order (the dialog shows only the first few). A string, so that the dynamic import reaches the
 * browser as written.
 */
async function indexSearch(page: Page, query: string): Promise<string[]> {
  return page.evaluate(`(async () => {
    const pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ ranking: ${JSON.stringify(searchRanking)} });
    const found = await pagefind.search(${JSON.stringify(query)});
    return Promise.all(found.results.map(async (r) => (await r.data()).url));
  })()`);
}

test.describe('abbreviations and synonyms (src/lib/search-synonyms.ts)', () => {
  for (const [path, prefix] of [
    ['/', ''],
    ['/en/', '/en'],
  ] as const) {
    test(`“SLA” on ${path} finds 5.2 in the top three, Appendix B and the SLA builder`, async ({ page }) => {
      const urls = await search(page, path, 'SLA');
      expect(urls.slice(0, 3), urls.join(', ')).toContain(`${prefix}/5-2/`);
      expect(urls, urls.join(', ')).toContain(`${prefix}/appendix-b/`);
      expect(urls, urls.join(', ')).toContain(`${prefix}/sla/`);
    });
  }

  // Each pair both ways: the standard's term and the word people type find the same page in the top three.
  const pairs: [path: string, words: [string, string], expected: string][] = [
    ['/', ['服务级别协议', '服务水平协议'], '/5-2/'],
    ['/', ['例行操作', '巡检'], '/6-2/'],
    ['/', ['考核指标', 'KPI'], '/6-4/'],
    ['/', ['故障', '事件'], '/appendix-c/'],
    ['/', ['运行维护', '运维'], '/'],
    ['/en/', ['service level agreement', 'SLA'], '/en/appendix-b/'],
    ['/en/', ['routine operation', 'inspection'], '/en/6-2/'],
    ['/en/', ['incident', 'fault'], '/en/6-3/'],
    ['/en/', ['key performance indicator', 'KPI'], '/en/6-4/'],
  ];
  for (const [path, [a, b], expected] of pairs) {
    test(`${path}: 「${a}」 and 「${b}」 both find ${expected}`, async ({ page }) => {
      for (const query of [a, b]) {
        const urls = await search(page, path, query);
        expect(urls.slice(0, 3), `${query}: ${urls.join(', ')}`).toContain(expected);
      }
    });
  }

  test('the keywords are matched but not shown in the results', async ({ page }) => {
    await search(page, '/', 'SLA');
    // 5.2 matches only by its keywords: its result is its title, with no list of keywords under it.
    const first = page.locator('site-search .pagefind-ui__result').first();
    await expect(first.locator('.pagefind-ui__result-link').first()).toHaveText('5.2 交付策划');
    await expect(page.locator('site-search [data-pagefind-ui-meta="keywords"]').first()).toBeAttached();
    for (const tags of await page.locator('site-search .pagefind-ui__result-tags').all())
      await expect(tags).toBeHidden();
    // What is shown (and read out): innerText leaves out what is not displayed.
    const shown = await page.locator('site-search dialog').innerText();
    expect(shown).toContain('5.2 交付策划');
    expect(shown).not.toContain('服务 级别 协议');
    expect(shown).not.toContain('Keywords');
  });
});

test.describe('the standard before related practice', () => {
  // The practice pages' notice (src/components/practices/PracticeNotice.astro) is the same on each of them and kept
  // out of the index: a phrase of it, searched as a phrase, finds no practice page.
  for (const [path, query] of [
    ['/', '"运维交付周边的常见做法"'],
    ['/en/', '"common practice around O&M delivery"'],
  ] as const) {
    test(`${path}: ${query}, a phrase of the practice notice, finds no practice page`, async ({ page }) => {
      const urls = await search(page, path, query);
      expect(urls.filter(isPractice), urls.join(', ')).toEqual([]);
    });
  }

  test('en “service level agreement” puts 5.2 or Appendix B above every practice page', async ({ page }) => {
    const urls = await search(page, '/en/', 'service level agreement');
    const standard = urls.findIndex((u) => u === '/en/5-2/' || u === '/en/appendix-b/');
    const practice = urls.findIndex(isPractice);
    expect(standard, urls.join(', ')).toBeGreaterThanOrEqual(0);
    if (practice >= 0) expect(standard, urls.join(', ')).toBeLessThan(practice);
  });

  // Every word of every group, through the built index with the dialog's ranking: a page of the group is in the
  // top three and above any related-practice page the group does not name.
  for (const [path, locale] of [
    ['/', 'zh-CN'],
    ['/en/', 'en'],
  ] as const) {
    test(`every synonym on ${path} finds its pages first`, async ({ page }) => {
      await page.goto(path);
      const prefix = locale === 'en' ? '/en' : '';
      const failures: string[] = [];
      for (const group of synonymGroups) {
        for (const word of group[locale]) {
          const urls = await indexSearch(page, word);
          const targets = group.pages.map((p) => prefix + p);
          const first = urls.findIndex((u) => targets.includes(u));
          const practice = urls.findIndex((u) => isPractice(u) && !targets.includes(u));
          if (first < 0 || first > 2 || (practice >= 0 && practice < first))
            failures.push(`${group.id} 「${word}」: ${urls.slice(0, 5).join(' ')}`);
        }
      }
      expect(failures).toEqual([]);
    });
  }
});

test.describe('the dialog in the page’s language', () => {
  test('a Chinese page searches the Chinese index with Chinese texts', async ({ page }) => {
    const urls = await search(page, '/5-2/', '交付');
    for (const url of urls) expect(url.startsWith('/en/'), url).toBe(false);
    await expect(page.locator('site-search dialog input').first()).toHaveAttribute('placeholder', '搜索');
    await expect(page.locator('site-search .pagefind-ui__message')).toHaveText(/^找到 \d+ 个与「交付」相关的结果$/);
    await expect(page.locator('site-search .pagefind-ui__search-clear')).toHaveText('清除');
  });
  test('an English page searches the English index with English texts', async ({ page }) => {
    const urls = await search(page, '/en/5-2/', 'delivery');
    for (const url of urls) expect(url.startsWith('/en/'), url).toBe(true);
    await expect(page.locator('site-search dialog input').first()).toHaveAttribute('placeholder', 'Search');
    await expect(page.locator('site-search .pagefind-ui__message')).toHaveText(/^\d+ results for delivery$/);
    await expect(page.locator('site-search .pagefind-ui__search-clear')).toHaveText('Clear');
  });
});

for (const [path, query, locale] of [
  ['/', 'SLA', 'zh-CN'],
  ['/en/', 'service level agreement', 'en'],
] as const) {
  test(`${locale}: the dialog with results has no axe violations; screenshots at desktop and phone width`, async ({
    page,
  }) => {
    // Two searches and two axe runs: more than the default minute on a busy shared machine.
    test.setTimeout(180_000);
    mkdirSync('screenshots', { recursive: true });
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await search(page, path, query);
      await page.screenshot({ path: `screenshots/search-${name}-${locale}.png` });
      expect(await axeViolations(page), `${path} ${name}`).toEqual([]);
    }
  });
}
