/**
 * Training cases and assessor calibration (issue 10 §3–4): the case pages, the class exercise started from a
 * case page and answered in the ordinary questionnaire, and the calibration page, whose numbers are the ones
 * `assess agreement` prints for the same files. axe on every new page, in both languages.
 */
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import type { Page } from '@playwright/test';
import type { AgreementSummary } from '../../src/engine/index.ts';
import { expect, test } from './fixtures.ts';
import { axeViolations, watchErrors } from './site.ts';

const KEY_ZH = 'assessments/training/keys/bank-dc.zh-CN.json';
const KEY_EN = 'assessments/training/keys/bank-dc.en.json';
const CITY_KEY_EN = 'assessments/training/keys/city-cloud.en.json';
const PLAIN = 'assessments/examples/weak-supplier.json';

const execFileAsync = promisify(execFile);
/** `assess agreement` on the command line, as a user runs it (slow on a busy machine: a realistic timeout). */
async function cliAgreement(...files: string[]): Promise<AgreementSummary> {
  const { stdout } = await execFileAsync(
    process.execPath,
    ['scripts/assess.ts', 'agreement', ...files, '--format', 'json'],
    { encoding: 'utf8', timeout: 120_000 },
  );
  return JSON.parse(stdout) as AgreementSummary;
}

const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(2)}%`);
const kappaText = (kappa: number | null) => (kappa === null ? '—' : kappa.toFixed(4));

/** What the calibration table shows for trainee `i`, to compare with the CLI's numbers. */
async function shownFigures(page: Page, i: number) {
  return {
    compared: await page.getByTestId(`cal-compared-${i}`).textContent(),
    exact: await page.getByTestId(`cal-exact-${i}`).textContent(),
    withinOne: await page.getByTestId(`cal-within-${i}`).textContent(),
    kappa: await page.getByTestId(`cal-kappa-${i}`).textContent(),
    na: await page.getByTestId(`cal-na-${i}`).textContent(),
    unanswered: await page.getByTestId(`cal-unanswered-${i}`).textContent(),
  };
}
const expectedFigures = (t: AgreementSummary['trainees'][number]) => ({
  compared: String(t.compared),
  exact: percent(t.exact),
  withinOne: percent(t.withinOne),
  kappa: kappaText(t.kappa),
  na: String(t.excluded.na),
  unanswered: String(t.excluded.unanswered),
});

async function openCalibration(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.calibration-app')).toHaveAttribute('data-ready', 'true');
}

/** A trainee file made from a key: no role, no reasons, the given levels changed (null leaves an element out). */
function traineeFromKey(keyFile: string, out: string, change: Record<string, string | null>, name: string) {
  const key = JSON.parse(readFileSync(keyFile, 'utf8')) as Record<string, unknown> & {
    answers: Record<string, { level: string }>;
  };
  const rest: Record<string, unknown> = { ...key };
  delete rest['role'];
  const answers = Object.fromEntries(
    Object.entries(key.answers).flatMap(([id, a]) => {
      const level = id in change ? change[id] : a.level;
      return level === null ? [] : [[id, { level }]];
    }),
  );
  writeFileSync(out, JSON.stringify({ ...rest, title: name, assessor: name, answers }, null, 2));
  return out;
}

test.describe('case pages', () => {
  for (const [path, heading, fictional, key, exercise] of [
    ['/training/cases/bank-dc/', '案例一', '虚构', '讲师答案', '开始练习'],
    ['/training/cases/city-cloud/', '案例二', '虚构', '讲师答案', '开始练习'],
    ['/en/training/cases/bank-dc/', 'Case 1', 'fictional', 'Instructor key', 'Start the exercise'],
    ['/en/training/cases/city-cloud/', 'Case 2', 'fictional', 'Instructor key', 'Start the exercise'],
  ] as const) {
    test(`${path}: narrative, excerpts, exercise, key behind a disclosure; axe`, async ({ page }) => {
      test.slow();
      const errors = watchErrors(page);
      await page.goto(path);
      await expect(page.locator('h1')).toContainText(heading);
      await expect(page.getByTestId('case-fictional')).toContainText(fictional);
      await expect(page.locator('.training-excerpt').first()).toBeVisible();
      await expect(page.getByRole('button', { name: exercise })).toBeEnabled();
      const details = page.getByTestId('case-key');
      await expect(details).not.toHaveAttribute('open', '');
      await expect(page.getByTestId('case-key-table')).toBeHidden();
      expect(await axeViolations(page), 'key closed').toEqual([]);
      await details.locator('summary').click();
      await expect(details.locator('summary')).toContainText(key);
      await expect(page.getByTestId('case-key-table')).toBeVisible();
      // Every level of the key table is the key file's.
      const file = JSON.parse(
        readFileSync(
          `assessments/training/keys/${path.split('/').at(-2)}.${path.startsWith('/en/') ? 'en' : 'zh-CN'}.json`,
          'utf8',
        ),
      ) as { answers: Record<string, { level: string }> };
      for (const [id, answer] of Object.entries(file.answers))
        await expect(page.getByTestId(`case-key-level-${id}`)).toContainText(answer.level);
      expect(await axeViolations(page), 'key open').toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  test('the key downloads as the file kept in the repository', async ({ page, request }) => {
    await page.goto('/training/cases/bank-dc/');
    for (const [locale, file] of [
      ['zh-CN', KEY_ZH],
      ['en', KEY_EN],
    ] as const) {
      const href = await page.getByTestId(`case-key-download-${locale}`).getAttribute('href');
      const res = await request.get(href!);
      expect(res.ok()).toBe(true);
      expect(await res.text()).toBe(readFileSync(file, 'utf8'));
    }
  });
});

test.describe('class exercise and calibration', () => {
  test('the start button is disabled as served and enabled once its script runs', async ({ page, request }) => {
    // A click before the script ran would send the form as a page request and reload the page, the name lost.
    const html = await (await request.get('/training/cases/bank-dc/')).text();
    const served = /<button[^>]*data-testid="case-exercise-start"[^>]*>/.exec(html)?.[0];
    expect(served).toMatch(/\sdisabled[\s>=]/);
    await page.goto('/training/cases/bank-dc/');
    await expect(page.getByTestId('case-exercise-start')).toBeEnabled();
  });

  test('start from the case page, answer, download, calibrate: the numbers are the CLI’s (zh-CN)', async ({
    page,
  }, testInfo) => {
    test.setTimeout(240_000);
    const errors = watchErrors(page);
    await page.goto('/training/cases/bank-dc/');
    await page.getByLabel('学员姓名（可不填）').fill('学员甲');
    await page.getByRole('button', { name: '开始练习' }).click();
    await expect(page).toHaveURL(/\/assess\/#\/a\/[^/]+$/);
    await expect(page.getByTestId('view-heading')).toContainText('学员甲');

    await page.locator('li[data-clause="5.2"] a').click();
    await expect(page.getByTestId('view-heading')).toHaveText('5.2 交付策划');
    // Key: 01 L, 02 L, 03 P, 04 F, 05 L, 07 F. Two exact, two one level off, one two levels off, one NA.
    const answers: [string, string][] = [
      ['DM-PLAN-01', 'L'],
      ['DM-PLAN-02', 'F'],
      ['DM-PLAN-03', 'P'],
      ['DM-PLAN-04', 'L'],
      ['DM-PLAN-05', 'N'],
      ['DM-PLAN-07', 'F'],
    ];
    for (const [id, level] of answers)
      await page.locator(`fieldset[data-element="${id}"] input[type="radio"][value="${level}"]`).check();
    const na = page.locator('fieldset[data-element="DM-PLAN-06"]');
    await na.locator('input[type="radio"][value="NA"]').check();
    await na.getByLabel('不适用的理由').fill('练习中不判断');
    await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
    await page.getByRole('link', { name: '返回概览' }).first().click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    const traineeFile = testInfo.outputPath('trainee-1.json');
    await download.saveAs(traineeFile);
    const exported = JSON.parse(readFileSync(traineeFile, 'utf8')) as { case?: string; role?: string };
    expect(exported.case).toBe('bank-dc');
    expect(exported.role).toBeUndefined();

    // A second trainee: every element answered from the key, three changed.
    const second = traineeFromKey(
      KEY_ZH,
      testInfo.outputPath('trainee-2.json'),
      { 'DM-PLAN-03': 'F', 'DM-PLAN-08': 'L', 'DM-PLAN-13': 'P' },
      '学员乙',
    );

    await openCalibration(page, '/training/calibration/');
    await expect(page.getByTestId('cal-key-status')).toHaveText('先打开讲师答案文件。');
    expect(await axeViolations(page), 'calibration empty').toEqual([]);
    await page.getByTestId('cal-key-input').setInputFiles(KEY_ZH);
    await expect(page.getByTestId('cal-key-status')).toContainText('bank-dc.zh-CN.json');
    await page.getByTestId('cal-trainee-input').setInputFiles([traineeFile, second]);
    await expect(page.getByTestId('cal-report')).toBeVisible();

    const cli = await cliAgreement(KEY_ZH, traineeFile, second);
    expect(cli.trainees[0]).toMatchObject({ compared: 6, exact: 0.5, excluded: { na: 1, unanswered: 7 } });
    for (const i of [0, 1]) expect(await shownFigures(page, i)).toEqual(expectedFigures(cli.trainees[i]!));
    // Element by element: the key's level and reason beside each trainee's.
    const row = page.locator('[data-testid="cal-element-table"] tr[data-element="DM-PLAN-05"]');
    await expect(row.locator('td').nth(0)).toHaveText(cli.elements['DM-PLAN-05']!.key);
    await expect(row.locator('td').nth(1)).toContainText('N');
    await expect(row.locator('td').nth(3)).not.toBeEmpty();
    // The chart loads when scrolled to, with its table of the same numbers.
    await page.getByTestId('cal-chart').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-testid="cal-chart"] canvas')).toBeVisible();
    await expect(page.getByTestId('cal-misjudged-table')).toContainText('DM-PLAN-05');
    expect(await axeViolations(page), 'calibration loaded').toEqual([]);

    // The CSV export has the CLI's fractions.
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('cal-export-csv').click()]);
    expect(csv.suggestedFilename()).toBe('calibration-bank-dc.csv');
    const csvText = readFileSync(await csv.path(), 'utf8');
    expect(csvText).toContain(`,${cli.trainees[1]!.exact},${cli.trainees[1]!.withinOne},${cli.trainees[1]!.kappa},`);
    expect(errors).toEqual([]);
  });

  test('refuses a non-key, a trainee of another case, and says why a kappa is missing (en)', async ({
    page,
  }, testInfo) => {
    test.slow();
    const errors = watchErrors(page);
    await openCalibration(page, '/en/training/calibration/');
    await expect(page.getByTestId('cal-key-status')).toHaveText('First open the instructor key file.');
    expect(await axeViolations(page), 'calibration empty (en)').toEqual([]);

    await page.getByTestId('cal-key-input').setInputFiles(PLAIN);
    await expect(page.getByTestId('cal-problems')).toContainText('weak-supplier.json is not an instructor key');

    await page.getByRole('button', { name: /^Case 1/ }).click();
    await expect(page.getByTestId('cal-key-status')).toContainText('bank-dc.en.json');
    await page.getByTestId('cal-trainee-input').setInputFiles(CITY_KEY_EN);
    await expect(page.getByTestId('cal-problems')).toContainText(
      'city-cloud.en.json is an exercise for case "city-cloud", but the key is for case "bank-dc"',
    );

    const empty = traineeFromKey(
      KEY_EN,
      testInfo.outputPath('empty.json'),
      Object.fromEntries(
        Object.keys((JSON.parse(readFileSync(KEY_EN, 'utf8')) as { answers: object }).answers).map((id) => [id, null]),
      ),
      'Blank',
    );
    const good = traineeFromKey(KEY_EN, testInfo.outputPath('good.json'), { 'DM-PLAN-01': 'P' }, 'Good');
    await page.getByTestId('cal-trainee-input').setInputFiles([good, empty]);
    await expect(page.getByTestId('cal-report')).toBeVisible();
    await expect(page.getByTestId('cal-kappa-gaps')).toContainText('Blank: no element was rated N/P/L/F by both');
    await expect(page.getByTestId('cal-kappa-1')).toHaveText('—');
    const cli = await cliAgreement(KEY_EN, good, empty);
    for (const i of [0, 1]) expect(await shownFigures(page, i)).toEqual(expectedFigures(cli.trainees[i]!));
    await page.getByTestId('cal-chart').scrollIntoViewIfNeeded();
    await expect(page.locator('[data-testid="cal-chart"] canvas')).toBeVisible();
    expect(await axeViolations(page), 'calibration loaded (en)').toEqual([]);
    expect(errors).toEqual([]);
  });
});

test('the training overview links the cases and calibration in both languages', async ({ page }) => {
  for (const [path, prefix] of [
    ['/training/', '/'],
    ['/en/training/', '/en/'],
  ] as const) {
    await page.goto(path);
    const main = page.locator('main');
    for (const target of ['training/cases/bank-dc/', 'training/cases/city-cloud/', 'training/calibration/'])
      await expect(main.locator(`a[href="${prefix}${target}"]`).first()).toBeVisible();
  }
  await page.locator('main a[href="/en/training/calibration/"]').first().click();
  await expect(page.locator('.calibration-app')).toHaveAttribute('data-ready', 'true');
});
