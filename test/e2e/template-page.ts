/** Helpers for the template pages' e2e suites: open a page once hydrated, wait for a save, download, import, print. */
import { readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';
import { templateDictionaries } from '../../src/i18n/templates.ts';

export async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
}

/** Waits until the toolbar says the document is saved. */
export async function saved(page: Page) {
  await expect(page.locator('.template-status')).toHaveClass(/template-status--saved/);
}

export async function download(page: Page, button: string) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  return { name: file.suggestedFilename(), text: readFileSync((await file.path())!, 'utf8') };
}

export async function importFile(page: Page, name: string, text: string) {
  await page.locator('.template-toolbar input[type=file]').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: Buffer.from(text),
  });
}

/** Pages of the printed PDF on A4. */
export async function printedPages(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4' });
  await page.emulateMedia({ media: 'screen' });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Printed at A4 width (210 mm less 2 × 12 mm margins ≈ 703 px): nothing sticks out sideways. */
export async function fitsA4Width(page: Page) {
  const viewport = page.viewportSize()!;
  await page.setViewportSize({ width: 703, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  await page.emulateMedia({ media: 'screen' });
  await page.setViewportSize(viewport);
  return overflow <= 0;
}

/**
 * On a zh-CN template page never exported in English: with `/template-strings.en.json` unreachable, a Markdown export
 * in English says so in the page's language and downloads nothing; then, reachable again, it downloads the English
 * file, which is returned. The caller checks that the form kept what it had between the two.
 */
export async function englishExportAfterFailedWords(page: Page, checkKept: () => Promise<void>) {
  await page.getByLabel('导出语言').selectOption('en');
  await page.route('**/template-strings.en.json', (route) => route.abort());
  let downloads = 0;
  page.on('download', () => downloads++);
  await page.getByRole('button', { name: '导出 Markdown' }).click();
  await expect(page.getByTestId('words-failed')).toHaveText(templateDictionaries['zh-CN']['toolbar.wordsFailed']);
  expect(downloads).toBe(0);
  await checkKept();
  await page.unroute('**/template-strings.en.json');
  const en = await download(page, '导出 Markdown');
  await expect(page.getByTestId('words-failed')).toHaveCount(0);
  return en;
}
