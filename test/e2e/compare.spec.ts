/**
 * Comparing candidates (/compare/, /en/compare/): the three candidate examples show exactly the numbers of
 * `assess compare`; the selection lives in the address; saved assessments are only read; a bad file is named
 * while the others are compared; different catalogs are refused; filters, priorities, exports, the radar
 * (loaded only when shown), print on A4 landscape, a phone without sideways scrolling, and axe.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures.ts';
import type { Locale } from '../../src/catalog/schema.ts';
import type { CompareSummary } from '../../src/engine/index.ts';
import { compareStrings } from '../../src/i18n/compare.ts';
import { readRecord, seed } from './seed.ts';
import { axeViolations, watchErrors } from './site.ts';

// A busy machine renders the comparison slowly: wait longer than the default 5 s for it.
const expect = baseExpect.configure({ timeout: 20_000 });

// Several pages render full comparisons at once on a shared machine.
test.describe.configure({ timeout: 180_000 });

const NAMES = ['yunling', 'qingshi', 'lanwan'] as const;
const file = (name: string, locale: Locale) => `assessments/examples/candidates/${name}.${locale}.json`;
const comparePath = (locale: Locale) => (locale === 'en' ? '/en/compare/' : '/compare/');

function cliCompare(files: string[]): CompareSummary {
  const out = execFileSync(process.execPath, ['scripts/assess.ts', 'compare', ...files, '--format', 'json'], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  return JSON.parse(out) as CompareSummary;
}

const shown = (score: number | null, locale: Locale) =>
  score === null ? compareStrings(locale)['cmp.na'] : score.toFixed(2);
const percent = (ratio: number) => `${Math.round(ratio * 1000) / 10}%`;

async function loadExamples(page: Page, locale: Locale) {
  await page.goto(comparePath(locale));
  await expect(page.locator('.compare-app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  await page.getByTestId('compare-examples').click();
  await expect(page.getByTestId('compare-report')).toBeVisible({ timeout: 30_000 });
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`${locale}: the three examples show exactly the CLI's numbers, own and common scope`, async ({ page }) => {
    test.setTimeout(180_000);
    const errors = watchErrors(page);
    const cli = cliCompare(NAMES.map((n) => file(n, locale)));
    await loadExamples(page, locale);
    await expect(page).toHaveURL(/#examples=1$/);

    for (const [view, entries] of [
      ['own', cli.assessments],
      ['common', cli.common],
    ] as const) {
      for (const [i, entry] of entries.entries()) {
        const cell = (id: string) => page.getByTestId(`compare-${view}-${id}`);
        await expect(cell(`score-${i}`).locator('.compare-score')).toHaveText(shown(entry.overall.score, locale));
        await expect(cell(`grade-${i}`).locator('[data-grade]')).toHaveAttribute('data-grade', entry.overall.grade!);
        await expect(cell(`provisional-${i}`)).toHaveAttribute('data-provisional', String(entry.overall.provisional));
        await expect(cell(`completeness-${i}`)).toHaveText(percent(entry.overall.completeness));
        await expect(cell(`customer-${i}`).locator('.compare-score')).toHaveText(
          shown(entry.customerReadiness.score, locale),
        );
        for (const [n, s] of Object.entries(entry.chapters))
          await expect(cell(`chapter-${n}-${i}`).locator('.compare-score')).toHaveText(shown(s.score, locale));
        for (const [n, s] of Object.entries(entry.clauses))
          await expect(cell(`clause-${n}-${i}`).locator('.compare-score')).toHaveText(shown(s.score, locale));
      }
      // The best of each clause row is the highest score the CLI gives.
      for (const n of Object.keys(entries[0]!.clauses)) {
        const scores = entries.map((e) => e.clauses[n]!.score);
        const top = Math.max(...scores.filter((s): s is number => s !== null));
        for (const [i, s] of scores.entries()) {
          const cell = page.getByTestId(`compare-${view}-clause-${n}-${i}`);
          if (s === top) await expect(cell).toHaveAttribute('data-best', 'true');
          else await expect(cell).not.toHaveAttribute('data-best');
        }
      }
    }
    await expect(page.getByTestId('compare-common-scope')).toContainText('6.2');
    await expect(page.getByTestId('compare-beyond-2')).toContainText('6.5');

    // The address keeps the selection.
    await page.reload();
    await expect(page.getByTestId('compare-view-common').getByTestId('compare-common-score-0')).toContainText(
      shown(cli.common[0]!.overall.score, locale),
    );
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}

test('the radar loads only when shown, in a figure with a table of the same numbers', async ({ page }) => {
  await loadExamples(page, 'en');
  const figure = page.getByTestId('compare-radar');
  await expect(figure.locator('.compare-chart')).toHaveAttribute('data-shown', 'false');
  await expect(figure.locator('canvas')).toHaveCount(0);
  await figure.scrollIntoViewIfNeeded();
  await expect(figure.locator('.compare-chart')).toHaveAttribute('data-shown', 'true');
  await page.waitForFunction(
    () => (document.querySelector<HTMLCanvasElement>('[data-testid=compare-radar-canvas]')?.style.width ?? '') !== '',
  );
  await expect(figure.locator('figcaption')).toBeVisible();
  const cli = cliCompare(NAMES.map((n) => file(n, 'en')));
  await expect(figure.getByTestId('compare-radar-6.3-1').locator('.compare-score')).toHaveText(
    cli.common[1]!.clauses['6.3']!.score!.toFixed(2),
  );
  // Clauses outside the common scope are not on the radar.
  await expect(figure.getByTestId('compare-radar-6.4-0')).toHaveCount(0);
});

test('saved assessments are compared read-only, chosen by the address', async ({ page }) => {
  const records: [string, unknown][] = [
    ['cand-a', JSON.parse(readFileSync(file('yunling', 'zh-CN'), 'utf8'))],
    ['cand-b', JSON.parse(readFileSync(file('lanwan', 'zh-CN'), 'utf8'))],
  ];
  await seed(page, '/compare/#saved=cand-a,cand-b,gone', records);
  await expect(page.getByTestId('compare-report')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('compare-missing')).toContainText('gone');
  await expect(page.getByTestId('compare-saved-cand-a')).toBeChecked();
  const cli = cliCompare([file('yunling', 'zh-CN'), file('lanwan', 'zh-CN')]);
  await expect(page.getByTestId('compare-common-score-1').locator('.compare-score')).toHaveText(
    cli.common[1]!.overall.score!.toFixed(2),
  );
  await page.getByTestId('compare-saved-cand-a').uncheck();
  await expect(page.getByTestId('compare-problem')).toHaveAttribute('data-code', 'too-few');
  await expect(page).toHaveURL(/#saved=cand-b$/);
  expect(await readRecord(page, 'cand-a')).toEqual(records[0]![1]);
  expect(await readRecord(page, 'cand-b')).toEqual(records[1]![1]);
});

test('a bad file is named and the others are still compared; other catalogs are refused naming both', async ({
  page,
}) => {
  await page.goto('/en/compare/');
  await expect(page.locator('.compare-app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
  const json = (name: string, text: string) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page
    .getByTestId('compare-files')
    .setInputFiles([
      json('yunling.en.json', readFileSync(file('yunling', 'en'), 'utf8')),
      json('broken.json', '{ "schemaVersion": 1, '),
      json('qingshi.en.json', readFileSync(file('qingshi', 'en'), 'utf8')),
    ]);
  await expect(page.getByTestId('compare-file-problem')).toHaveAttribute('data-file', 'broken.json');
  await expect(page.getByTestId('compare-file-problems')).toContainText('broken.json cannot be used');
  await expect(page.getByTestId('compare-report')).toBeVisible();
  await expect(page.getByTestId('compare-selection').locator('li')).toHaveCount(2);

  await page
    .getByTestId('compare-files')
    .setInputFiles('assessments/practices/handover/examples/partly-ready-project.json');
  const problem = page.getByTestId('compare-problem');
  await expect(problem).toHaveAttribute('data-code', 'different-catalogs');
  await expect(problem).toContainText('yunling.en.json');
  await expect(problem).toContainText('partly-ready-project.json');
  await expect(page.getByTestId('compare-report')).toHaveCount(0);
  expect(await axeViolations(page)).toEqual([]);
});

test('filters, priorities and exports', async ({ page }) => {
  await loadExamples(page, 'en');
  const count = () => page.getByTestId('compare-differences').locator('tbody tr').count();
  const differing = await count();
  expect(differing).toBeGreaterThan(0);
  await page.getByTestId('compare-filter-key').check();
  const keyOnly = await count();
  expect(keyOnly).toBeLessThan(differing);
  await page.getByTestId('compare-filter-clause').selectOption('5.2');
  for (const id of await page
    .getByTestId('compare-differences')
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id'))))
    expect(id).toMatch(/^DM-PLAN-/);

  // Equal priorities: the fit is the overall score on the common scope.
  const cli = cliCompare(NAMES.map((n) => file(n, 'en')));
  for (const i of [0, 1, 2])
    await expect(page.getByTestId(`compare-fit-${i}`)).toHaveText(cli.common[i]!.overall.score!.toFixed(2));
  await expect(page.getByTestId('compare-fit')).toContainText('not a GB/T 28827.2 score');
  await expect(page.getByTestId('compare-fit-formula')).toHaveText('fit = 100 × Σᵤ u·Σ(w·p)ᵤ / (3 × Σᵤ u·Σwᵤ)');
  for (const n of ['5', '7', '8']) await page.getByTestId(`compare-priority-${n}`).selectOption('0');
  await expect(page.getByTestId('compare-fit-1')).toHaveText(cli.common[1]!.chapters['6']!.score!.toFixed(2));

  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-csv').click()]);
  expect(csv.suggestedFilename()).toBe('comparison.en.csv');
  const csvText = readFileSync((await csv.path())!, 'utf8');
  expect(csvText.startsWith('\uFEFF')).toBe(true);
  expect(csvText).toContain('\r\n');
  const [json] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-json').click()]);
  const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as CompareSummary;
  // The browser names files by their base name, the CLI by the path given: everything else is the same.
  const withoutFile = (s: CompareSummary) =>
    JSON.parse(JSON.stringify(s, (key, value: unknown) => (key === 'file' ? undefined : value))) as unknown;
  expect(withoutFile(exported)).toEqual(withoutFile(cli));
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-markdown').click()]);
  expect(readFileSync((await md.path())!, 'utf8')).toContain('## Fit to the customer');
  // Excel: the candidates, then one sheet per view, read back by the spreadsheet library.
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByTestId('compare-export-xlsx').click()]);
  expect(xlsx.suggestedFilename()).toBe('comparison.en.xlsx');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync((await xlsx.path())!).buffer as ArrayBuffer);
  expect(workbook.worksheets.map((w) => w.name)).toEqual(['Candidates', 'Own scope', 'Common scope']);
  expect(workbook.worksheets[2]!.getCell('A1').value).toBe('Kind');
});

test('prints on A4 landscape without the controls', async ({ page }) => {
  await loadExamples(page, 'zh-CN');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByTestId('compare-toolbar')).toBeHidden();
  await expect(page.locator('.compare-picker')).toBeHidden();
  await expect(page.getByTestId('compare-view-common')).toBeVisible();
  const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
  const box = pdf.match(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/);
  expect(box).not.toBeNull();
  const [width, height] = [Number(box![1]), Number(box![2])];
  expect(Math.round(width)).toBe(842);
  expect(Math.round(height)).toBe(595);
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`${locale}: a 390 px phone never scrolls sideways; empty page passes axe`, async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(comparePath(locale));
    await expect(page.locator('.compare-app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('compare-examples').click();
    await expect(page.getByTestId('compare-report')).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(await axeViolations(page)).toEqual([]);
  });
}
