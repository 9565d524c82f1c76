/**
 * A 390 × 844 phone against the built site: every kind of page fits the screen's width, has a menu with the
 * language switch (the home pages included, which have no sidebar on a wide screen), and passes axe; the report,
 * comparison and review tables read as labelled cards while staying tables for assistive technology; the report's
 * score and grade are on the first screen; a clause view of the questionnaire has its progress under the heading
 * and its previous/next bar held at the bottom. At 1280 px none of this phone layout shows.
 */
import type { CDPSession, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { allDrawn, axeViolations, counterpart, watchErrors } from './site.ts';
import { example, seed } from './seed.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };

/** A page kind: its path (zh-CN; the English one is under /en/) and what shows once its island has started. */
interface PageKind {
  name: string;
  path: string;
  /** Seeded assessments: the example file under a local ID. */
  seed?: [string, string][];
  ready?: (page: Page) => Promise<void>;
  /** An action after loading (e.g. choosing the comparison's examples). */
  open?: (page: Page) => Promise<void>;
}

const ready = (testId: string) => async (page: Page) => {
  await expect(page.getByTestId(testId).first()).toBeVisible({ timeout: 30_000 });
};

const KINDS: PageKind[] = [
  { name: 'home', path: '/' },
  { name: 'clause page', path: '/5-2/' },
  { name: 'questionnaire list', path: '/assess/', seed: [['ex', 'weak-supplier']], ready: ready('view-heading') },
  {
    name: 'questionnaire clause view',
    path: '/assess/#/a/ex/5.3',
    seed: [['ex', 'weak-supplier']],
    ready: ready('clause-progress'),
  },
  { name: 'report', path: '/report/#ex', seed: [['ex', 'weak-supplier']], ready: ready('report') },
  {
    name: 'comparison',
    path: '/compare/',
    ready: async (page) => {
      await expect(page.locator('.compare-app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    },
    open: async (page) => {
      await page.getByTestId('compare-examples').click();
      await expect(page.getByTestId('compare-report')).toBeVisible({ timeout: 30_000 });
      await expect(page).toHaveURL(/#examples=1$/);
    },
  },
  { name: 'SLA builder', path: '/sla/' },
  { name: 'review', path: '/review/#ex', seed: [['ex', 'weak-supplier']], ready: ready('review') },
  { name: 'history', path: '/history/#h', seed: [['h', 'reviewed-self-assessment']], ready: ready('history') },
];

const inLocale = (path: string, en: boolean) => (en ? `/en${path}` : path);

async function load(page: Page, kind: PageKind, path: string) {
  if (kind.seed)
    await seed(
      page,
      path,
      kind.seed.map(([id, file]) => [id, example(file)]),
    );
  else await page.goto(path);
  await kind.ready?.(page);
  await kind.open?.(page);
}

/** How far the page reaches sideways beyond the window (0 when it fits). */
const overflow = (page: Page) => page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);

/**
 * What the report held when it first appeared: whether its overall result and its one-page summary were in it
 * (recorded by an observer set up before the page's scripts run).
 */
async function firstReportDrawing(page: Page): Promise<{ overall: boolean; summary: boolean }> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstReport?: { overall: boolean; summary: boolean } };
    new MutationObserver((_, observer) => {
      const report = document.querySelector('[data-testid="report"]');
      if (!report) return;
      w.__firstReport = {
        overall: !!report.querySelector('[data-testid="overall"]'),
        summary: !!report.querySelector('[data-testid="exec-summary"]'),
      };
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  });
  await seed(page, '/report/#ex', [['ex', example('weak-supplier')]]);
  await expect(page.getByTestId('exec-summary')).toBeAttached();
  return page.evaluate(
    () => (window as unknown as { __firstReport: { overall: boolean; summary: boolean } }).__firstReport,
  );
}

test.describe('on a 390 px phone', () => {
  test.use({ viewport: PHONE });

  for (const kind of KINDS) {
    for (const en of [false, true]) {
      const path = inLocale(kind.path, en);
      test(`${kind.name} ${path}: fits the width, the menu switches language, axe clean`, async ({ page }) => {
        test.setTimeout(120_000);
        const errors = watchErrors(page);
        await load(page, kind, path);
        expect(await overflow(page), 'horizontal overflow in px').toBeLessThanOrEqual(0);
        // The offline notice draws nothing until there is an update to offer.
        await expect(page.locator('[data-update-notice]')).toHaveCount(1);
        expect((await page.locator('[data-update-notice]').boundingBox())?.height ?? 0).toBe(0);
        expect(await axeViolations(page)).toEqual([]);

        // The language switch sits in the menu: open it, then switch.
        const menu = page.locator('.sl-menu-button');
        await expect(menu).toBeVisible();
        await menu.click();
        const sidebar = page.locator('#starlight__sidebar');
        await expect(sidebar).toBeVisible();
        const language = sidebar.locator('starlight-lang-select select');
        await language.scrollIntoViewIfNeeded();
        await expect(language).toBeVisible();
        expect(await axeViolations(page), 'with the menu open').toEqual([]);
        const pathname = new URL(page.url()).pathname;
        const other = counterpart(pathname);
        await language.selectOption(other);
        await expect(page).toHaveURL((url) => url.pathname === other);
        await expect(page.locator('html')).toHaveAttribute('lang', en ? 'zh-CN' : 'en');
        expect(errors).toEqual([]);
      });
    }
  }

  test('the home page menu lists the sections and the theme, and Escape closes it', async ({ page }) => {
    await page.goto('/en/');
    await page.locator('.sl-menu-button').click();
    const sidebar = page.locator('#starlight__sidebar');
    await expect(sidebar.getByRole('link', { name: 'Questionnaire', exact: true })).toBeVisible();
    await expect(sidebar.locator('starlight-theme-select select')).toHaveCount(1);
    await page.keyboard.press('Escape');
    await expect(sidebar).toBeHidden();
    await expect(page.locator('.hero')).toBeVisible();
  });

  test('the report: score and grade on the first screen, gap table rows as labelled cards', async ({ page }) => {
    for (const en of [false, true]) {
      await seed(page, inLocale('/report/#ex', en), [['ex', example('weak-supplier')]]);
      await expect(page.getByTestId('report')).toBeVisible();
      await expect(page.getByTestId('overall-score')).toBeInViewport({ ratio: 1 });
      await expect(page.getByTestId('overall').locator('.grade')).toBeInViewport({ ratio: 1 });
    }
    const gaps = page.getByTestId('report-gaps').locator('table');
    await expect(gaps.locator('thead')).toHaveCSS('position', 'absolute');
    const row = gaps.locator('tbody tr').first();
    await expect(row).toHaveCSS('display', 'flex');
    // Every value but the ID and title carries its column's name, drawn before it.
    const headings = await gaps.locator('thead th').allTextContents();
    const labels = await row.locator('td').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-label')));
    expect(labels).toEqual([null, null, ...headings.slice(2)]);
    const drawn = await row
      .locator('td[data-label]')
      .first()
      .evaluate((cell) => getComputedStyle(cell, '::before').content);
    expect(drawn).toContain(headings[2]);
    // A card is no taller than its content needs (rows were ~350 px with one or two characters a line).
    await allDrawn(page);
    for (const box of await gaps.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.clientHeight)))
      expect(box).toBeLessThan(260);
  });

  // The summary is below the first screen here (after the overall result): it waits for its turn, so the first
  // screen is drawn without laying out its text.
  test('the report comes with its overall result; the one-page summary follows in its turn', async ({ page }) => {
    expect(await firstReportDrawing(page)).toEqual({ overall: true, summary: false });
  });

  test('cards stay tables for assistive technology, with the same names as on a wide screen', async ({ page }) => {
    await seed(page, '/report/#ex', [['ex', example('weak-supplier')]]);
    await expect(page.getByTestId('report')).toBeVisible();
    await allDrawn(page);
    const cdp = await page.context().newCDPSession(page);
    const gaps = page.getByTestId('report-gaps').locator('table');
    const phone = { roles: await tableRoles(cdp), snapshot: await gaps.ariaSnapshot() };
    await page.setViewportSize(DESKTOP);
    await expect(gaps.locator('tbody tr').first()).toHaveCSS('display', 'table-row');
    expect(await tableRoles(cdp)).toEqual(phone.roles);
    expect(await gaps.ariaSnapshot()).toBe(phone.snapshot);
    expect(phone.roles.table).toBeGreaterThan(0);
    expect(phone.roles.columnheader).toBeGreaterThan(0);
  });

  test('the comparison and review tables are cards too', async ({ page }) => {
    await page.goto('/en/compare/');
    await expect(page.locator('.compare-app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await page.getByTestId('compare-examples').click();
    const overall = page.getByTestId('compare-own-overall');
    await expect(overall.locator('tbody tr').first()).toHaveCSS('display', 'flex');
    const names = await overall.locator('thead th.compare-table__candidate').allTextContents();
    const cell = overall.getByTestId('compare-own-score-0');
    await expect(cell).toHaveAttribute('data-label', names[0]!);
    expect(await overflow(page)).toBeLessThanOrEqual(0);

    await seed(page, '/review/#ex', [['ex', example('weak-supplier')]]);
    const scores = page.getByTestId('review-scores');
    await expect(scores.locator('tbody tr').first()).toHaveCSS('display', 'flex');
    await expect(page.getByTestId('claimed-overall')).toHaveAttribute('data-label', '声明');
  });

  test('a clause view: progress under the heading, no page intro, a sticky bar to the next clause', async ({
    page,
  }) => {
    await seed(page, '/assess/#/a/ex/5.3', [['ex', example('weak-supplier')]]);
    await expect(page.getByTestId('view-heading')).toHaveText('5.3 交付实施');
    await expect(page.getByTestId('clause-position')).toHaveText('条款 2 / 10');
    await expect(page.getByTestId('clause-progress')).toHaveText('本条已回答 9 / 9 项适用要素');
    await expect(page.locator('.sl-markdown-content > p').first()).toBeHidden();

    const bar = page.getByTestId('clause-pager');
    await expect(bar).toHaveCSS('position', 'sticky');
    await expect(bar).toBeInViewport();
    const box = (await bar.boundingBox())!;
    expect(box.y + box.height).toBeLessThanOrEqual(PHONE.height + 1);
    // The visible text is the clause number; the link's name also gives the title.
    const next = bar.getByRole('link', { name: '下一条：5.4 交付检查' });
    await expect(next).toBeVisible();
    await page.mouse.wheel(0, 2000);
    await expect(bar).toBeInViewport();

    // Keyboard: the bar's links are reached by Tab and followed with Enter.
    await next.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#\/a\/ex\/5\.4$/);
    await expect(page.getByTestId('view-heading')).toBeFocused();
    await expect(page.getByTestId('clause-position')).toHaveText('条款 3 / 10');
    await expect(bar.getByRole('link', { name: '上一条：5.3 交付实施' })).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);

    await page.goto('/en/assess/#/a/ex/5.2');
    await expect(page.getByTestId('clause-position')).toHaveText('Clause 1 of 10');
    await expect(page.getByTestId('clause-progress')).toHaveText(/^\d+ of \d+ applicable elements answered/);
    await expect(page.getByRole('navigation', { name: 'Clause navigation' })).toHaveCSS('position', 'sticky');
  });
});

test.describe('at 1280 px', () => {
  test.use({ viewport: DESKTOP });

  // Here the summary opens the report: drawn with it, so nothing above the overall result moves in later.
  test('the report comes with its one-page summary and its overall result', async ({ page }) => {
    expect(await firstReportDrawing(page)).toEqual({ overall: true, summary: true });
  });

  test('the home pages keep the splash layout: no sidebar or menu button, the selects in the header', async ({
    page,
  }) => {
    for (const path of ['/', '/en/']) {
      await page.goto(path);
      await expect(page.locator('.sl-menu-button')).toBeHidden();
      await expect(page.locator('nav.sidebar')).toBeHidden();
      await expect(page.locator('header starlight-lang-select select')).toBeVisible();
      const hero = (await page.locator('.hero').boundingBox())!;
      // The content column is centred on the window, as on a page without a sidebar.
      const left = hero.x;
      const right = DESKTOP.width - (hero.x + hero.width);
      expect(Math.abs(left - right)).toBeLessThan(40);
    }
  });

  test('tables are tables and the clause bar stays in the page', async ({ page }) => {
    await seed(page, '/report/#ex', [['ex', example('weak-supplier')]]);
    const gaps = page.getByTestId('report-gaps').locator('table');
    await expect(gaps.locator('tbody tr').first()).toHaveCSS('display', 'table-row');
    await expect(gaps.locator('thead')).toBeVisible();
    await expect(page.getByTestId('clause-score-table').locator('thead')).toBeVisible();
    await page.goto('/assess/#/a/ex/5.3');
    await expect(page.getByTestId('clause-progress')).toBeVisible();
    await expect(page.getByTestId('clause-pager')).toHaveCSS('position', 'static');
    await expect(page.locator('.assess-pager__title').first()).toBeVisible();
    await page.goto('/compare/');
    await expect(page.locator('.compare-app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    await page.getByTestId('compare-examples').click();
    await expect(page.getByTestId('compare-own-overall').locator('tbody tr').first()).toHaveCSS('display', 'table-row');
  });
});

/** How many nodes of each table role Chromium's own accessibility tree holds. */
async function tableRoles(cdp: CDPSession): Promise<Record<string, number>> {
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: { role?: { value?: string } }[] };
  const roles: Record<string, number> = {};
  for (const node of nodes) {
    const role = node.role?.value ?? '';
    if (/^(table|row|rowgroup|cell|columnheader|rowheader)$/.test(role)) roles[role] = (roles[role] ?? 0) + 1;
  }
  return roles;
}
