/**
 * File inputs speak the page's language: a native input shows the browser's own "Choose File / No file
 * chosen", so each one is drawn with the page's words over a transparent native input that stays the control
 * (named by its label, focusable, and what tests and assistive technology use). Checked on every page with a
 * bare file input, in zh-CN and en.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations, watchErrors } from './site.ts';

test.describe.configure({ timeout: 120_000 });

const STRONG = 'assessments/examples/strong-supplier.json';

const PAGES: { path: string; testId: string; label: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/assess/',
    testId: 'import-file',
    label: '导入评估文件',
    ready: (page) => expect(page.getByTestId('view-heading')).toBeVisible(),
  },
  {
    path: '/en/assess/',
    testId: 'backup-file',
    label: 'Restore from backup',
    ready: (page) => expect(page.getByTestId('view-heading')).toBeVisible(),
  },
  {
    path: '/compare/',
    testId: 'compare-files',
    label: '打开评估文件（可多选）',
    ready: (page) => expect(page.getByTestId('compare-files')).toBeAttached(),
  },
  {
    path: '/en/training/calibration/',
    testId: 'cal-trainee-input',
    label: "Trainees' assessment files (several allowed)",
    ready: (page) => expect(page.getByTestId('cal-trainee-input')).toBeAttached(),
  },
];

for (const { path, testId, label, ready } of PAGES) {
  test(`${path}: the file input ${testId} shows the page's words and the chosen file`, async ({ page }) => {
    const errors = watchErrors(page);
    const en = path.startsWith('/en/');
    await page.goto(path);
    await ready(page);
    const input = page.getByTestId(testId);
    const field = input.locator('xpath=..');
    // The native input is the control: named by its label, and transparent over the drawn button.
    await expect(input).toHaveAccessibleName(label);
    expect(await input.evaluate((el) => getComputedStyle(el).opacity)).toBe('0');
    await expect(field.locator('.file-input__button')).toHaveText(en ? /^Choose/ : /^选择文件/);
    await expect(field.getByTestId('file-input-chosen')).toHaveText(en ? 'No file chosen' : '未选择文件');
    await input.focus();
    await expect(input).toBeFocused();
    expect(await axeViolations(page)).toEqual([]);

    await input.setInputFiles(STRONG);
    await expect(field.getByTestId('file-input-chosen')).toHaveText('strong-supplier.json');
    expect(errors).toEqual([]);
  });
}

/** Toolbar actions that open a file are one button: the hidden input inside is named by it and shows focus on it. */
const BUTTONS: { path: string; name: string; ready: (page: Page) => Promise<void> }[] = [
  {
    path: '/sla/',
    name: '导入 JSON',
    // The toolbar's file actions are disabled until the saved document is loaded.
    ready: (page) => expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true'),
  },
  {
    path: '/en/report/',
    name: 'Open an assessment file',
    ready: (page) => expect(page.getByTestId('report-open-file')).toBeAttached(),
  },
];

for (const { path, name, ready } of BUTTONS) {
  test(`${path}: the "${name}" button opens a file, named by its text, with a visible focus`, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto(path);
    await ready(page);
    const input = page.getByLabel(name, { exact: true });
    await expect(input).toHaveAttribute('type', 'file');
    const button = input.locator('xpath=..');
    await expect(button).toHaveText(name);
    // Reached by the keyboard, the focus shows on the button around the hidden input.
    await input.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(input).toBeFocused();
    expect(await button.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
