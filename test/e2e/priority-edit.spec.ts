/**
 * The priority scheme's levels and priorities edited in a browser: inserted above any row and removed from any
 * row, with the keyboard, in zh-CN and en. The matrix and the saved document must agree after a reload. Axe runs
 * once, in the English test, over the same markup: on a busy machine it takes half a minute.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations, watchErrors } from './site.ts';
import { download, open, saved } from './template-page.ts';

const columns = (page: Page) => page.locator('.priority-matrix thead th');
const rows = (page: Page) => page.locator('.priority-matrix tbody th');
const legends = (page: Page) => page.locator('.priority-target legend');

test.describe('priority scheme: insert and remove anywhere', () => {
  // Long scenarios (two edits, a reload or a download, axe): on a busy shared machine they need more than 60 s.
  test.beforeEach(() => test.slow());

  test('a priority and an urgency level inserted in the middle reach the matrix and the saved document', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await open(page, '/priority/');
    await expect(columns(page)).toHaveText(['紧急', '较紧急', '不紧急']);

    // A priority between P1 and P2, from the keyboard: the new row's name field gets the focus.
    const insertPriority = page.getByRole('button', { name: '在 P2 上方插入新优先级' });
    await insertPriority.focus();
    await page.keyboard.press('Enter');
    await expect(legends(page)).toHaveText(['P1', 'P5', 'P2', 'P3', 'P4']);
    const priorityName = page.locator('#pr-priority-1-name');
    await expect(priorityName).toBeFocused();
    await expect(priorityName).toHaveValue('P5 新优先级');
    // It starts with the targets of the priority above it (P1: 15 minutes to respond).
    await expect(page.getByLabel('P5 响应时限（分钟）')).toHaveValue('15');
    await priorityName.fill('P5 较高');
    await page.getByLabel('P5 响应时限（分钟）').fill('20');

    // An urgency level between the first and the second: a new matrix column at the lowest priority.
    await page.getByRole('button', { name: '在紧急程度级别 2 上方插入新级别' }).click();
    const levelName = page.locator('#pr-urgencies-1-name');
    await expect(levelName).toBeFocused();
    await expect(levelName).toHaveValue('新级别 2');
    await levelName.fill('颇紧急');
    await expect(columns(page)).toHaveText(['紧急', '颇紧急', '较紧急', '不紧急']);
    await expect(rows(page)).toHaveText(['影响大', '影响中', '影响小']);
    for (const impact of ['影响大', '影响中', '影响小'])
      await expect(page.getByLabel(`${impact}、颇紧急时的优先级`)).toHaveValue('P4');
    const cell = page.getByLabel('影响大、颇紧急时的优先级');
    await expect(cell.locator('option')).toHaveText(['P1 紧急', 'P5 较高', 'P2 高', 'P3 中', 'P4 低']);
    await cell.selectOption('P5');

    await page.locator('#pr-impact').selectOption('high');
    await page.locator('#pr-urgency').selectOption({ label: '颇紧急' });
    await page.locator('#pr-reported').fill('2025-03-10T10:00');
    await expect(page.locator('.priority-result__summary')).toHaveText('优先级：P5 较高');
    await saved(page);

    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(columns(page)).toHaveText(['紧急', '颇紧急', '较紧急', '不紧急']);
    await expect(legends(page)).toHaveText(['P1', 'P5', 'P2', 'P3', 'P4']);
    await expect(page.getByLabel('影响大、颇紧急时的优先级')).toHaveValue('P5');
    await expect(page.getByLabel('影响中、颇紧急时的优先级')).toHaveValue('P4');
    await expect(page.getByLabel('影响中、较紧急时的优先级')).toHaveValue('P3');
    await expect(page.locator('.priority-result__summary')).toHaveText('优先级：P5 较高');

    const stored = JSON.parse((await download(page, '导出 JSON')).text);
    expect(stored.priorities.map((p: { id: string }) => p.id)).toEqual(['P1', 'P5', 'P2', 'P3', 'P4']);
    expect(stored.priorities[1]).toMatchObject({ name: 'P5 较高', responseMinutes: 20 });
    expect(stored.urgencies.map((l: { id: string }) => l.id)).toEqual(['high', 'urgency-4', 'medium', 'low']);
    expect(stored.urgencies[1]).toEqual({ id: 'urgency-4', name: '颇紧急', description: '' });
    expect(stored.matrix).toEqual([
      ['P1', 'P5', 'P2', 'P3'],
      ['P2', 'P4', 'P3', 'P4'],
      ['P3', 'P4', 'P4', 'P4'],
    ]);
    expect(stored.request).toMatchObject({ impact: 'high', urgency: 'urgency-4' });
    expect(errors).toEqual([]);
  });

  test('in English: an impact level inserted and a priority removed in the middle', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/en/priority/');
    await page.getByRole('button', { name: 'Insert above Impact level 2' }).click();
    await expect(page.locator('#pr-impacts-1-name')).toBeFocused();
    await expect(page.locator('#pr-impacts-1-name')).toHaveValue('New level 2');
    await expect(rows(page)).toHaveText(['High impact', 'New level 2', 'Medium impact', 'Low impact']);
    await expect(page.getByLabel('Priority for New level 2 and High urgency')).toHaveValue('P4');

    // P2's cells move to the next lower priority, P3; the focus stays on the list.
    await page.getByRole('button', { name: 'Remove priority P2' }).click();
    await expect(legends(page)).toHaveText(['P1', 'P3', 'P4']);
    await expect(page.locator('#pr-priority-1-name')).toBeFocused();
    await expect(page.getByLabel('Priority for High impact and Medium urgency')).toHaveValue('P3');
    await expect(page.getByLabel('Priority for Medium impact and High urgency')).toHaveValue('P3');

    // Removing the inserted level gives back the example's rows.
    await page.getByRole('button', { name: 'Remove Impact level 2' }).click();
    await expect(rows(page)).toHaveText(['High impact', 'Medium impact', 'Low impact']);
    await saved(page);
    const doc = JSON.parse((await download(page, 'Export JSON')).text);
    expect(doc.impacts.map((l: { id: string }) => l.id)).toEqual(['high', 'medium', 'low']);
    expect(doc.matrix).toEqual([
      ['P1', 'P3', 'P3'],
      ['P3', 'P3', 'P4'],
      ['P3', 'P4', 'P4'],
    ]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  // On a busy machine the effects of a drawing from before a click can still be waiting when the click comes
  // (Preact runs them after the next paint, or just before the part is drawn again). They must not take the focus
  // to the row being removed, which would leave it on the page once the row is gone (this test's English twin
  // failed so in a CI run). Made to happen here: an edit is drawn, and in the same task, before any paint, the
  // remove button is clicked.
  test('the focus lands on the next row even when an earlier drawing has not finished', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/en/priority/');
    await page.evaluate(async () => {
      const name = document.querySelector<HTMLInputElement>('#pr-priority-0-name');
      const remove = document.querySelector<HTMLButtonElement>('button[aria-label="Remove priority P2"]');
      if (!name || !remove) throw new Error('the priority form is not there');
      name.value = 'P1 Critical';
      name.dispatchEvent(new Event('input', { bubbles: true }));
      // The edit is drawn in a microtask; its effects wait for a paint, which cannot come within this task.
      for (let i = 0; i < 5; i++) await Promise.resolve();
      remove.click();
    });
    await expect(legends(page)).toHaveText(['P1', 'P3', 'P4']);
    await expect(page.locator('#pr-priority-0-name')).toHaveValue('P1 Critical');
    await expect(page.locator('#pr-priority-1-name')).toBeFocused();
    expect(errors).toEqual([]);
  });
});
