/**
 * Excel round trip in the browser: the report downloads the workbook (the spreadsheet library is fetched only on
 * the click), a test edits it with the same library as a user's spreadsheet would, and the questionnaire imports it
 * back through the preview, a conflict and confirm. The fixtures fail the test on any CSP violation.
 */
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import { axeViolations } from './site.ts';
import { example, readRecord, recordIds, seed } from './seed.ts';

test.describe.configure({ timeout: 180_000 });

async function withLevelIn(bytes: Buffer, sheet: string, id: string, level: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(new Uint8Array(bytes).buffer);
  wb.getWorksheet(sheet)!.eachRow((row) => {
    if (row.getCell(1).value === id) row.getCell(6).value = level;
  });
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
const withLevel = (bytes: Buffer, id: string, level: string) => withLevelIn(bytes, 'elements', id, level);

test('export .xlsx from the report and import it back into the questionnaire', async ({ page }) => {
  const id = 'xlsx-e2e';
  await seed(page, `/en/report/#${id}`, [[id, example('weak-supplier')]]);
  await expect(page.getByTestId('report')).toBeVisible();
  const office: string[] = [];
  page.on('request', (r) => void (/\/office\.[^/]*\.js$/.test(r.url()) && office.push(r.url())));
  expect(office).toEqual([]);
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  expect(file.suggestedFilename()).toMatch(/\.en\.xlsx$/);
  expect(office).toHaveLength(1);
  const bytes = readFileSync((await file.path())!);

  const alice = await withLevel(bytes, 'DM-PLAN-01', 'L');
  const bob = await withLevel(bytes, 'DM-PLAN-01', 'F');
  await page.goto(`/en/assess/#/a/${id}`);
  const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await page.getByTestId('xlsx-open').click();
  await expect(page.getByRole('heading', { name: 'Import answers from Excel' })).toBeFocused();
  await page.getByTestId('xlsx-file').setInputFiles([
    { name: 'alice.xlsx', mimeType: xlsxType, buffer: alice },
    { name: 'bob.xlsx', mimeType: xlsxType, buffer: bob },
  ]);
  const preview = page.getByTestId('xlsx-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('xlsx-conflicts')).toContainText('DM-PLAN-01');
  await expect(page.getByTestId('xlsx-confirm')).toBeDisabled();
  expect(await axeViolations(page), 'preview').toEqual([]);
  await page.getByLabel(/bob\.xlsx, row \d+: F/).check();
  await page.getByTestId('xlsx-confirm').click();
  await expect(page.getByTestId('notice')).toContainText('Imported 1 answer from alice.xlsx, bob.xlsx');
  await expect
    .poll(
      async () =>
        ((await readRecord(page, id)) as { answers: Record<string, { level: string }> }).answers['DM-PLAN-01']?.level,
    )
    .toBe('F');

  // A file that is not a workbook: a message, and nothing changes.
  await page
    .getByTestId('xlsx-file')
    .setInputFiles([{ name: 'notes.xlsx', mimeType: xlsxType, buffer: Buffer.from('hello') }]);
  await expect(page.getByTestId('xlsx-problems')).toContainText('notes.xlsx: this is not an Excel workbook (.xlsx)');
});

test('a returned workbook starts a new assessment: details read from it, answers imported on confirm', async ({
  page,
}) => {
  const id = 'xlsx-source';
  await seed(page, `/report/#${id}`, [[id, example('weak-supplier')]]);
  await expect(page.getByTestId('report')).toBeVisible();
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-xlsx').click()]);
  const returned = await withLevelIn(readFileSync((await file.path())!), '要素', 'DM-PLAN-01', 'F');

  await page.goto('/assess/');
  await page.getByTestId('xlsx-new-open').click();
  await expect(page.getByRole('heading', { name: '从 Excel 工作簿新建评估' })).toBeFocused();
  await page.getByTestId('xlsx-new-file').setInputFiles([
    {
      name: '供方答卷.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: returned,
    },
  ]);
  await expect(page.getByTestId('xlsx-preview')).toBeVisible();
  const source = example('weak-supplier') as { title: string; subject: string; answers: object };
  await expect(page.getByTestId('xlsx-new-title')).toHaveValue(source.title);
  await expect(page.getByTestId('xlsx-new-subject')).toHaveValue(source.subject);
  await expect(page.getByTestId('xlsx-new-details').getByRole('radio', { name: '需方评价' })).toBeChecked();
  expect(await axeViolations(page), 'preview of a new assessment').toEqual([]);
  expect(await recordIds(page)).toEqual([id]);

  // A blank subject holds the confirm, with the message by the field.
  await page.getByTestId('xlsx-new-subject').fill('');
  await page.getByTestId('xlsx-confirm').click();
  await expect(page.getByTestId('xlsx-new-subject')).toBeFocused();
  await expect(page.getByText('请填写被评估供方。')).toBeVisible();
  expect(await recordIds(page)).toEqual([id]);

  await page.getByTestId('xlsx-new-subject').fill('南湖运维（回收的答卷）');
  await page.getByTestId('xlsx-confirm').click();
  await expect(page).toHaveURL(/#\/a\/[^/]+$/);
  const count = Object.keys(source.answers).length;
  await expect(page.getByTestId('notice')).toContainText(
    `已新建评估“${source.title}”，从 供方答卷.xlsx 导入 ${count} 个回答`,
  );
  const newId = decodeURIComponent(/#\/a\/([^/]+)$/.exec(page.url())![1]!);
  const created = (await readRecord(page, newId)) as {
    subject: string;
    perspective: string;
    answers: Record<string, { level: string }>;
  };
  expect(created.subject).toBe('南湖运维（回收的答卷）');
  expect(created.perspective).toBe('customer-evaluation');
  expect(Object.keys(created.answers)).toHaveLength(count);
  expect(created.answers['DM-PLAN-01']!.level).toBe('F');
  expect((await recordIds(page)).sort()).toEqual([id, newId].sort());
});
