/**
 * The complete report: NA justifications, notes and evidence and the executive summary on screen and in print
 * (emulated print media), a target set in the questionnaire changing the gap table, and import messages fully
 * in the page's language.
 */
import { expect, test } from './fixtures.ts';
import { example, seed } from './seed.ts';

type Answers = Record<string, Record<string, unknown>>;

function assessmentWithDetails() {
  const file = structuredClone(example('weak-supplier')) as { answers: Answers };
  file.answers['DM-PLAN-04'] = { level: 'NA', justification: 'Kein Vor-Ort-Dienst: NA-Begründung-4711' };
  file.answers['DM-PLAN-02'] = {
    level: 'P',
    notes: 'Notiz-ohne-Flagge-0815',
    evidence: [{ title: 'Beleg-SLA-v2', url: 'https://example.com/sla' }],
  };
  return file;
}

test('screen and print show the executive summary, every NA justification, notes and evidence', async ({ page }) => {
  await seed(page, '/report/#complete', [['complete', assessmentWithDetails()]]);
  const report = page.getByTestId('report');
  await expect(report).toBeVisible();
  for (const media of ['screen', 'print'] as const) {
    await page.emulateMedia({ media });
    await expect(page.getByTestId('exec-summary')).toBeVisible();
    await expect(page.getByTestId('exec-summary')).toContainText('执行摘要');
    await expect(page.getByTestId('report-na')).toContainText('NA-Begründung-4711');
    await expect(page.getByTestId('report-details')).toContainText('Notiz-ohne-Flagge-0815');
    await expect(page.getByTestId('report-details')).toContainText('Beleg-SLA-v2');
  }
  // Times are in the reader's zone, never a raw …Z.
  await expect(report).not.toContainText(/\dT\d\d:\d\d:\d\d(\.\d+)?Z/);
});

test('a target set in the questionnaire changes the gap table', async ({ page }) => {
  await seed(page, '/report/#target', [['target', assessmentWithDetails()]]);
  const row = page.getByTestId('report-gaps').locator('tr[data-id="DM-PLAN-01"]');
  await expect(row).toContainText('完全实施');
  await page.goto('/assess/#/a/target/5.2');
  const select = page.locator('#q-DM-PLAN-01-target');
  await select.selectOption('P');
  // Equal to the current level: no warning.
  await expect(page.locator('#q-DM-PLAN-01').getByTestId('target-below')).toHaveCount(0);
  await page.waitForTimeout(500);
  await page.goto('/report/#target');
  await expect(page.getByTestId('report')).toBeVisible();
  await expect(page.getByTestId('report-gaps').locator('tr[data-id="DM-PLAN-01"]')).toHaveCount(0);
});

for (const [path, expected, unexpected] of [
  ['/assess/', '要素 DM-PLAN-01 的实施程度', /level must be|must be one of/],
  ['/en/assess/', 'The level of element DM-PLAN-01', /[\u4e00-\u9fff]/],
] as const) {
  test(`an import with a bad level is explained in the page's language (${path})`, async ({ page }) => {
    const file = assessmentWithDetails();
    file.answers['DM-PLAN-01'] = { level: 'X' };
    await page.goto(path);
    await page.getByTestId('import-file').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(file)),
    });
    const error = page.getByTestId('import-error');
    await expect(error).toContainText(expected);
    await expect(error.locator('li')).not.toContainText(unexpected);
  });
}
