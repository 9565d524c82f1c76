/**
 * The report page against the built site: the same numbers as the CLI for the same file, explanations, plan
 * edits that survive a reload, exports and re-import, broken files that leave saved data alone, print, where
 * chart.js is loaded, and axe on every state. Assessments are seeded straight into IndexedDB (see seed.ts).
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from '@playwright/test';
import mammoth from 'mammoth';
import { expect, test } from './fixtures.ts';
import type { Locale } from '../../src/catalog/schema.ts';
import type { ScoreSummary } from '../../src/engine/score-summary.ts';
import { REPORT_DICTIONARIES } from '../../src/i18n/report-export.ts';
import { REPORT_UI_DICTIONARIES } from '../../src/i18n/report.ts';
import { axeViolations, watchErrors } from './site.ts';
import { example, readRecord, recordIds, seed } from './seed.ts';

// A full report is a large page: axe over it alone takes tens of seconds on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

const EXAMPLES = ['weak-supplier', 'strong-supplier'] as const;
const LOCALES: Locale[] = ['zh-CN', 'en'];
const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');
const reportPath = (locale: Locale, id = '') => `${prefix(locale)}/report/${id ? `#${id}` : ''}`;
const ui = (locale: Locale) => REPORT_UI_DICTIONARIES[locale];
const words = (locale: Locale) => REPORT_DICTIONARIES[locale];

/** What `npm run assess -- score <file> --format json` prints. */
function cliSummary(file: string): ScoreSummary {
  const out = execFileSync(process.execPath, ['scripts/assess.ts', 'score', file, '--format', 'json'], {
    encoding: 'utf8',
  });
  return JSON.parse(out) as ScoreSummary;
}

/** The score as the report writes it. */
const shown = (score: number | null, locale: Locale) => (score === null ? ui(locale)['summary.na'] : score.toFixed(2));
const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

/** Seeds an example under `id` and opens its report. */
async function openExample(page: Page, name: string, locale: Locale = 'zh-CN', id = name) {
  await seed(page, reportPath(locale, id), [[id, example(name)]]);
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(page.getByTestId('report')).toHaveAttribute('data-id', id);
  await expect(page.getByTestId('report')).toHaveAttribute('data-drawn', 'true');
}

/**
 * Scrolls to the charts (chart.js loads when a chart is about to come into view) and waits until both are drawn
 * (chart.js sizes each canvas when it creates the chart).
 */
async function chartsDrawn(page: Page) {
  await expect(page.locator('.report-chart canvas')).toHaveCount(2);
  for (const canvas of await page.locator('.report-chart canvas').all()) await canvas.scrollIntoViewIfNeeded();
  await page.waitForFunction(() =>
    [...document.querySelectorAll<HTMLCanvasElement>('.report-chart canvas')].every((c) => c.style.width !== ''),
  );
}

async function download(page: Page, testId: string): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

/** Script chunks of the build that contain chart.js (found by its radial scale's ID). */
const chartChunks = readdirSync('dist/_astro').filter(
  (f) => f.endsWith('.js') && readFileSync(`dist/_astro/${f}`, 'utf8').includes('radialLinear'),
);

for (const name of EXAMPLES) {
  for (const locale of LOCALES) {
    test(`${name} (${locale}): the report shows exactly the CLI's numbers`, async ({ page }) => {
      const errors = watchErrors(page);
      const cli = cliSummary(`assessments/examples/${name}.json`);
      await openExample(page, name, locale);
      const value = (testId: string) => page.getByTestId(testId).locator('.score-button__value');

      await expect(value('overall-score')).toHaveText(shown(cli.overall.score, locale));
      await expect(page.getByTestId('overall-grade')).toHaveText(words(locale)[`grade.${cli.overall.grade!}`]);
      await expect(page.getByTestId('overall-grade')).toHaveAttribute('data-grade', cli.overall.grade!);
      await expect(page.getByTestId('overall-provisional')).toHaveCount(cli.overall.provisional ? 1 : 0);
      await expect(page.getByTestId('overall-completeness')).toHaveText(percent(cli.overall.completeness));
      for (const [n, s] of Object.entries(cli.chapters))
        await expect(value(`chapter-score-${n}`)).toHaveText(shown(s.score, locale));
      for (const [n, s] of Object.entries(cli.clauses))
        await expect(value(`clause-score-${n}`)).toHaveText(shown(s.score, locale));
      await expect(value('customer-score')).toHaveText(shown(cli.customerReadiness.score, locale));
      await expect(page.getByTestId('customer-completeness')).toHaveText(percent(cli.customerReadiness.completeness));

      // The plan in the engine's order, grouped by phase.
      const planIds = await page
        .locator('[data-testid="report-plan"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
      expect(planIds).toEqual([1, 2, 3].flatMap((p) => cli.plan.filter((i) => i.phase === p).map((i) => i.id)));

      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByTestId('report')).toHaveAttribute('lang', locale);
      await chartsDrawn(page);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
}

test('a score opens the explanation of the elements that made it', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page, 'weak-supplier');
  const cli = cliSummary('assessments/examples/weak-supplier.json');
  const dialog = page.getByTestId('explain-dialog');

  const overallButton = page.getByTestId('overall-score');
  await overallButton.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('供方总分的计算');
  await expect(dialog.getByTestId('explain-score')).toHaveText(cli.overall.score!.toFixed(2));
  const applicable = Object.values(cli.chapters).reduce((sum, c) => sum + c.applicable, 0);
  await expect(dialog.locator('[data-testid="explain-contributions"] tbody tr')).toHaveCount(applicable);
  await expect(dialog.getByTestId('explain-excluded')).toContainText('DM-PLAN-04');
  await chartsDrawn(page);
  expect(await axeViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(overallButton).toBeFocused();

  // A clause lists its own elements, with the link to each element's card.
  await page.getByTestId('clause-score-5.2').click();
  await expect(dialog.getByRole('heading', { level: 2 })).toContainText('5.2');
  const rows = dialog.locator('[data-testid="explain-contributions"] tbody tr');
  await expect(rows.first()).toHaveAttribute('data-id', 'DM-PLAN-01');
  await expect(rows.first().getByRole('link')).toHaveAttribute('href', '/5-2/#DM-PLAN-01');
  await expect(dialog.getByTestId('explain-score')).toHaveText(cli.clauses['5.2']!.score!.toFixed(2));
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(dialog).toBeHidden();

  // A clause out of scope explains why it has no score.
  await page.getByTestId('clause-score-7.2').click();
  await expect(dialog).toContainText('没有适用要素');
  await expect(dialog.getByTestId('explain-excluded')).toContainText('不在评估范围内');
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('plan edits are saved at once and survive a reload', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page, 'weak-supplier', 'zh-CN', 'weak');
  const first = page.locator('[data-testid="report-plan"] tbody tr').first();
  const id = (await first.getAttribute('data-id'))!;

  await page.getByTestId(`plan-owner-${id}`).fill('王工');
  await page.getByTestId(`plan-owner-${id}`).press('Tab');
  await expect(page.getByTestId('plan-status')).toHaveText(`已保存对 ${id} 的修改。`);
  await page.getByTestId(`plan-due-${id}`).fill('2025-09-30');
  await page.getByTestId(`plan-status-${id}`).selectOption('in-progress');
  await expect(page.getByTestId('plan-status')).toHaveText(`已保存对 ${id} 的修改。`);

  await page.reload();
  await expect(page.getByTestId(`plan-owner-${id}`)).toHaveValue('王工');
  await expect(page.getByTestId(`plan-due-${id}`)).toHaveValue('2025-09-30');
  await expect(page.getByTestId(`plan-status-${id}`)).toHaveValue('in-progress');
  const saved = (await readRecord(page, 'weak')) as { plan: Record<string, unknown> };
  expect(saved.plan[id]).toEqual({ owner: '王工', due: '2025-09-30', status: 'in-progress' });
  expect(errors).toEqual([]);
});

test('the report draws its summary first and the sections below it in turns, then all of them', async ({ page }) => {
  // What the report holds after each change of the page, seen by a mutation observer.
  await page.addInitScript(() => {
    const w = window as unknown as { __draws: { plan: boolean; drawn: string | null }[] };
    w.__draws = [];
    new MutationObserver(() => {
      const report = document.querySelector('[data-testid="report"]');
      if (report)
        w.__draws.push({
          plan: Boolean(report.querySelector('[data-testid="report-plan"]')),
          drawn: report.getAttribute('data-drawn'),
        });
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-drawn'] });
  });
  const errors = watchErrors(page);
  await openExample(page, 'weak-supplier', 'zh-CN', 'turns');
  const draws = await page.evaluate(
    () => (window as unknown as { __draws: { plan: boolean; drawn: string | null }[] }).__draws,
  );
  // The first draw has the summary but not the plan; the report says it is not all drawn until it is.
  expect(draws[0]?.plan).toBe(false);
  expect(draws.some((d) => !d.plan && d.drawn === 'false')).toBe(true);
  expect(draws.at(-1)).toEqual({ plan: true, drawn: 'true' });
  await expect(page.getByTestId('exec-summary')).toBeVisible();
  // Once drawn: every section, and every row of the plan (more than two batches for this example).
  const cli = cliSummary('assessments/examples/weak-supplier.json');
  expect(cli.plan.length).toBeGreaterThan(16);
  await expect(page.locator('[data-testid="report-plan"] tbody tr')).toHaveCount(cli.plan.length);
  for (const id of ['report-plan', 'report-gaps', 'report-na', 'report-details'])
    await expect(page.getByTestId(id)).toBeVisible();
  expect(errors).toEqual([]);
});

test('plan guidance is drawn when unfolded, and written out in print', async ({ page }) => {
  await openExample(page, 'weak-supplier', 'zh-CN', 'guide');
  const folds = page.locator('[data-testid^="plan-guidance-"]');
  const count = await folds.count();
  expect(count).toBeGreaterThan(0);
  const fold = folds.first();
  // Folded: only its summary is there.
  await expect(fold.locator('li')).toHaveCount(0);
  await fold.locator('summary').click();
  await expect(fold.locator('li').first()).toBeVisible();
  const unfolded = await fold.locator('li').allTextContents();
  expect(unfolded.every((text) => text.trim().length > 0)).toBe(true);

  await page.emulateMedia({ media: 'print' });
  const printed = page.locator('[data-testid="report-plan"] .print-only-block');
  await expect(printed).toHaveCount(count);
  await expect(printed.first()).toBeVisible();
  expect(await printed.first().locator('li').allTextContents()).toEqual(unfolded);
  await expect(fold).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await expect(printed).toHaveCount(0);
  await expect(fold.locator('li').first()).toBeVisible();
});

test('the print button draws every section, chart and printed guidance before the print dialog opens', async ({
  page,
}) => {
  // window.print is replaced by a probe of the page at that moment (a headless browser has no dialog).
  await page.addInitScript(() => {
    window.print = () => {
      const report = document.querySelector('[data-testid="report"]');
      (window as unknown as { __printed: unknown }).__printed = {
        drawn: report?.getAttribute('data-drawn'),
        rows: report?.querySelectorAll('[data-testid="report-plan"] tbody tr').length,
        guidance: report?.querySelectorAll('[data-testid="report-plan"] .print-only-block').length,
        folds: report?.querySelectorAll('[data-testid^="plan-guidance-"]').length,
        charts: [...document.querySelectorAll<HTMLCanvasElement>('.report-chart canvas')].filter(
          (c) => c.style.width !== '',
        ).length,
      };
    };
  });
  const cli = cliSummary('assessments/examples/weak-supplier.json');
  await seed(page, reportPath('zh-CN', 'print'), [['print', example('weak-supplier')]]);
  // Pressed as soon as it can be, before the sections below the summary have all had their turn.
  await page.getByTestId('export-print').click();
  await page.waitForFunction(() => '__printed' in window);
  const printed = await page.evaluate(() => (window as unknown as { __printed: Record<string, unknown> }).__printed);
  expect(printed).toMatchObject({ drawn: 'true', rows: cli.plan.length, charts: 2 });
  expect(printed.guidance).toBe(printed.folds);
  expect(printed.guidance).toBeGreaterThan(0);
});

test('the exported assessment opens again with the same numbers', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page, 'weak-supplier', 'zh-CN', 'weak');
  const cli = cliSummary('assessments/examples/weak-supplier.json');

  const json = await download(page, 'export-json');
  expect(json.name).toMatch(/\.json$/);
  await page.getByTestId('report-open-file').setInputFiles({
    name: json.name,
    mimeType: 'application/json',
    buffer: json.bytes,
  });
  // The file is the assessment on view: the page asks, and both are kept.
  await page.getByTestId('report-conflict').getByRole('button', { name: '两者都保留' }).click();
  await expect(page).not.toHaveURL(/#weak$/);
  await expect(page.getByTestId('report')).not.toHaveAttribute('data-id', 'weak');
  const newId = (await page.getByTestId('report').getAttribute('data-id'))!;
  expect(await recordIds(page)).toEqual(expect.arrayContaining(['weak', newId]));
  await expect(page.getByTestId('overall-score').locator('.score-button__value')).toHaveText(
    cli.overall.score!.toFixed(2),
  );
  for (const [n, s] of Object.entries(cli.clauses)) {
    await expect(page.getByTestId(`clause-score-${n}`).locator('.score-button__value')).toHaveText(
      shown(s.score, 'zh-CN'),
    );
  }
  expect(errors).toEqual([]);
});

test('CSV exports start with a byte-order mark and a header in the report language; Markdown follows it too', async ({
  page,
}) => {
  await openExample(page, 'weak-supplier');
  for (const testId of ['export-plan-csv', 'export-elements-csv']) {
    const csv = await download(page, testId);
    expect(csv.name).toMatch(/\.zh-CN\.csv$/);
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = csv.bytes.toString('utf8').slice(1).split('\r\n')[0]!;
    expect(header).toMatch(/^(阶段,编号|编号,章)/);
  }
  const md = await download(page, 'export-markdown');
  expect(md.bytes.toString('utf8')).toContain('## 总体结果');

  await page.getByTestId('report-language').selectOption('en');
  // The report changes language once the English texts are in; the exports follow the report shown.
  await expect(page.getByTestId('report')).toHaveAttribute('lang', 'en');
  const plan = await download(page, 'export-plan-csv');
  expect(plan.bytes.toString('utf8').slice(1).split('\r\n')[0]).toMatch(/^Phase,ID,Clause,Element,/);
  expect((await download(page, 'export-markdown')).bytes.toString('utf8')).toContain('## Overall result');
});

/** Script chunks of the build that hold the Word writer (found by the .docx main part's content type). */
const wordChunks = readdirSync('dist/_astro').filter(
  (f) => f.endsWith('.js') && readFileSync(`dist/_astro/${f}`, 'utf8').includes('wordprocessingml.document.main'),
);

test('Word export: a .docx in the report language, its writer loaded on the first click only', async ({ page }) => {
  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (r) => requested.push(r.url()));
  await openExample(page, 'weak-supplier');
  expect(wordChunks.length).toBeGreaterThan(0);
  expect(requested.filter((u) => wordChunks.some((c) => u.endsWith(c)))).toEqual([]);

  for (const locale of LOCALES) {
    await page.getByTestId('report-language').selectOption(locale);
    const word = await download(page, 'export-word');
    expect(word.name).toMatch(new RegExp(`\\.${locale}\\.docx$`));
    expect(word.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: html } = await mammoth.convertToHtml({ buffer: word.bytes });
    const { title } = example('weak-supplier') as { title: string };
    expect(html).toContain(`<h1>${title}</h1>`);
    expect(html).toContain(`<h2>${words(locale)['overall.heading']}</h2>`);
    expect(html).toContain(`<h2>${words(locale)['plan.heading']}</h2>`);
  }
  await expect(page.getByTestId('word-failed')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('Word export that cannot load its writer says so in the UI language and changes nothing', async ({ page }) => {
  await page.route(
    (url) => wordChunks.some((c) => url.pathname.endsWith(c)),
    (route) => route.abort('internetdisconnected'),
  );
  await openExample(page, 'weak-supplier', 'en', 'weak');
  const before = await readRecord(page, 'weak');
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByTestId('export-word').click();
  await expect(page.getByTestId('word-failed')).toHaveText(ui('en')['export.wordFailed']);
  expect(downloads).toBe(0);
  expect(await readRecord(page, 'weak')).toEqual(before);
  // The other exports still work.
  expect((await download(page, 'export-markdown')).bytes.toString('utf8')).toContain('## Overall result');
});

test('the report language changes the report only, not the page', async ({ page }) => {
  const errors = watchErrors(page);
  await openExample(page, 'weak-supplier');
  await page.getByTestId('report-language').selectOption('en');
  const report = page.getByTestId('report');
  await expect(report).toHaveAttribute('lang', 'en');
  await expect(report.getByRole('heading', { name: 'Overall result' })).toBeVisible();
  await expect(report.locator('a[href="/en/5-2/#DM-PLAN-01"]').first()).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByTestId('export-json')).toHaveText('评估文件（JSON）');
  await chartsDrawn(page);
  expect(await axeViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

const BROKEN: [string, (text: string) => string, RegExp][] = [
  ['not JSON', (t) => t.slice(0, 200), /不是有效的 JSON/],
  ['an unknown element', (t) => t.replace('"DM-PLAN-02"', '"DM-PLAN-99"'), /DM-PLAN-99.*answers\.DM-PLAN-99/],
  [
    'an NA without justification',
    (t) => {
      const file = JSON.parse(t) as { answers: Record<string, { justification?: string }> };
      delete file.answers['DM-PLAN-04']!.justification;
      return JSON.stringify(file);
    },
    /DM-PLAN-04.*answers\.DM-PLAN-04\.justification/,
  ],
];

for (const [what, breakIt, message] of BROKEN) {
  test(`a file with ${what} is refused by name and saved data stays as it was`, async ({ page }) => {
    const errors = watchErrors(page);
    await openExample(page, 'weak-supplier', 'zh-CN', 'weak');
    const before = await readRecord(page, 'weak');
    const text = breakIt(readFileSync('assessments/examples/weak-supplier.json', 'utf8'));
    await page.getByTestId('report-open-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text),
    });
    const alert = page.getByTestId('report-open-error');
    await expect(alert).toContainText('无法打开 broken.json');
    await expect(alert).toContainText(message);
    await expect(alert).toContainText('浏览器中保存的数据没有任何改动');
    expect(await recordIds(page)).toEqual(['weak']);
    expect(await readRecord(page, 'weak')).toEqual(before);
    await expect(page).toHaveURL(/#weak$/);
    await expect(page.getByTestId('report')).toHaveAttribute('data-id', 'weak');
    await chartsDrawn(page);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

for (const locale of LOCALES) {
  test(`without an assessment (${locale}): a message, the questionnaire link and the file picker`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(reportPath(locale));
    const empty = page.getByTestId('report-empty');
    await expect(empty).toHaveAttribute('data-state', 'no-id');
    await expect(empty).toContainText(ui(locale)['empty.noneSaved']);
    await expect(empty.getByRole('link', { name: ui(locale)['empty.toAssess'] })).toHaveAttribute(
      'href',
      `${prefix(locale)}/assess/`,
    );
    await expect(page.getByLabel(ui(locale)['open.label'])).toHaveAttribute('data-testid', 'report-open-file');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(reportPath(locale, 'no-such-id'));
    await page.reload();
    await expect(empty).toHaveAttribute('data-state', 'not-found');
    await expect(empty).toContainText('no-such-id');
    expect(await axeViolations(page)).toEqual([]);

    // The error state, then a good file from the same picker.
    await page.getByTestId('report-open-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"schemaVersion": 1}'),
    });
    await expect(page.getByTestId('report-open-error')).toContainText('title');
    expect(await axeViolations(page)).toEqual([]);
    expect(await recordIds(page)).toEqual([]);

    await page.getByTestId('report-open-file').setInputFiles('assessments/examples/strong-supplier.json');
    await expect(page.getByTestId('report')).toBeVisible();
    await expect(page.getByTestId('overall-score').locator('.score-button__value')).toHaveText(
      cliSummary('assessments/examples/strong-supplier.json').overall.score!.toFixed(2),
    );
    expect(await recordIds(page)).toHaveLength(1);
    expect(errors).toEqual([]);
  });
}

test('printing hides the site and the controls and shows plan edits as text', async ({ page }) => {
  await openExample(page, 'weak-supplier', 'zh-CN', 'weak');
  const id = (await page.locator('[data-testid="report-plan"] tbody tr').first().getAttribute('data-id'))!;
  await page.getByTestId(`plan-owner-${id}`).fill('王工');
  await page.getByTestId(`plan-owner-${id}`).press('Tab');
  await expect(page.getByTestId('plan-status')).not.toBeEmpty();

  await page.emulateMedia({ media: 'print' });
  for (const selector of ['header.header', 'nav.sidebar', '.right-sidebar-container', '.pagination-links']) {
    await expect(page.locator(selector).first()).toBeHidden();
  }
  await expect(page.getByTestId('report-toolbar')).toBeHidden();
  await expect(page.getByTestId(`plan-owner-${id}`)).toBeHidden();
  await expect(page.getByTestId(`plan-print-${id}`)).toBeVisible();
  await expect(page.getByTestId(`plan-print-${id}`)).toHaveText('负责人：王工；状态：未开始');
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(page.locator('.report-chart canvas').first()).toBeVisible();
  // A4 portrait, from the report's own named page (the comparison, which loads the same sheet, prints landscape).
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(
    (await page.pdf({ preferCSSPageSize: true })).toString('latin1'),
  );
  expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
  await page.emulateMedia({ media: 'screen' });
  await expect(page.getByTestId('report-toolbar')).toBeVisible();
});

test('chart.js is loaded on the report and nowhere else', async ({ page }) => {
  expect(chartChunks.length).toBeGreaterThan(0);
  const requested: string[] = [];
  page.on('request', (req) => requested.push(new URL(req.url()).pathname));
  const chartRequests = () => requested.filter((p) => chartChunks.some((c) => p.endsWith(`/${c}`)));

  for (const path of ['/5-2/', '/en/7-3/', '/scoring/', '/en/scoring/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator('astro-island')).toHaveCount(0);
  }
  expect(chartRequests()).toEqual([]);
  await expect(page.locator('canvas')).toHaveCount(0);

  await openExample(page, 'strong-supplier');
  await chartsDrawn(page);
  expect(chartRequests().length).toBeGreaterThan(0);
  for (const canvas of await page.locator('.report-chart canvas').all()) {
    await expect(canvas).toHaveAttribute('role', 'img');
    await expect(canvas).toHaveAttribute('aria-label', /.+/);
  }
});

test('a report loads its cut of the catalog; the whole one, the other words and the export code only when asked', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const requested: string[] = [];
  page.on('request', (req) => requested.push(new URL(req.url()).pathname));
  // Each file once: seeding opens the report before the assessment is stored, and that first load may already
  // have fetched the same cut of the catalog before the reload.
  const json = () => [...new Set(requested.filter((p) => p.endsWith('.json')))];
  await openExample(page, 'weak-supplier');
  await page.waitForLoadState('networkidle');
  expect(json()).toEqual(['/catalog-report.zh-CN.json']);
  const firstScripts = requested.filter((p) => p.endsWith('.js'));
  for (const lazy of ['report-exports', 'ExplainDialog', 'trash', 'office-loader', 'review.'])
    expect(
      firstScripts.filter((p) => p.includes(lazy)),
      lazy,
    ).toEqual([]);

  // Another report language: its catalog texts and its words, nothing else.
  await page.getByTestId('report-language').selectOption('en');
  await expect(page.getByTestId('report')).toHaveAttribute('lang', 'en');
  expect(json().sort()).toEqual(['/catalog-report.en.json', '/catalog-report.zh-CN.json', '/report-strings.en.json']);
  await expect(page.getByTestId('report').getByRole('heading', { name: 'Improvement plan' })).toBeVisible();

  // The file exports' writers load on the first click, and the file is the same as ever.
  const csv = await download(page, 'export-plan-csv');
  expect(csv.name).toMatch(/-plan\.en\.csv$/);
  expect(requested.some((p) => p.includes('report-exports'))).toBe(true);

  // The Excel workbook writes each requirement: the whole catalog in the report language, fetched now.
  await download(page, 'export-xlsx');
  expect(json()).toContain('/catalog.en.json');
  expect(json()).not.toContain('/catalog.zh-CN.json');

  // The explanation's view loads on the first "explain".
  await page.getByTestId('overall-score').click();
  await expect(page.getByTestId('explain-dialog')).toBeVisible();
  expect(errors).toEqual([]);
});
