/**
 * Assessments a customer can manage (issue 9 §1, §6): saved cards with the report's result, editing the details
 * and the date, a blank copy for another supplier, imports that match a saved assessment (replace with undo,
 * keep both, cancel) on /assess/ and on the report's "open a file", /report/ without an ID listing what is
 * saved, and the home page's "try the customer flow" entry. Axe on each new dialog and view.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { example, readRecord, seed } from './seed.ts';
import { axeViolations, watchErrors } from './site.ts';

const STRONG = 'assessments/examples/strong-supplier.json';
const card = (page: Page, title: string | RegExp) => page.getByTestId('saved-assessment').filter({ hasText: title });

async function openStart(page: Page, path = '/assess/') {
  await page.goto(path);
  await expect(page.getByTestId('view-heading')).toBeVisible();
}
async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

test.describe('managing saved assessments (zh-CN)', () => {
  test('cards show the report’s score, grade, provisional mark and completeness', async ({ page }) => {
    const errors = watchErrors(page);
    // The strong example with only its first 30 answers: 27 of 84 applicable supplier elements answered.
    const strong = example('strong-supplier') as { answers: Record<string, unknown> };
    const partial = { ...strong, answers: Object.fromEntries(Object.entries(strong.answers).slice(0, 30)) };
    await seed(page, '/assess/', [['p', partial]]);
    const item = page.locator('[data-testid="saved-assessment"][data-id="p"]');
    await expect(item.getByTestId('saved-score')).toHaveText('28.21');
    await expect(item.getByTestId('saved-grade')).toContainText('不符合');
    await expect(item.getByTestId('saved-provisional')).toHaveText('暂定');
    await expect(item.getByTestId('saved-completeness')).toHaveText('32.1%（27 / 84 个适用要素已回答）');
    expect(await axeViolations(page), 'start view with a card').toEqual([]);

    // The report shows the same numbers.
    await page.goto('/report/#p');
    await expect(page.getByTestId('overall-score')).toHaveText(/^28\.21/);
    await expect(page.getByTestId('overall-completeness')).toHaveText('32.1%');
    await expect(page.getByTestId('overall-provisional')).toBeVisible();
    expect(errors).toEqual([]);
  });

  test('the details and the date are edited after creation and shown in the report header', async ({ page }) => {
    const errors = watchErrors(page);
    await openStart(page);
    await page.getByTestId('example-strong').click();
    await expect(page.getByTestId('import-success')).toBeVisible();
    const strong = card(page, /星河/);
    await strong.getByRole('button', { name: '编辑信息' }).click();
    const dialog = page.getByTestId('details-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('details-subject').fill('');
    await dialog.getByTestId('details-date').fill('2025-06-30');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByTestId('details-subject')).toBeFocused();
    await expect(dialog.getByTestId('details-subject')).toHaveAccessibleDescription('请填写被评估供方。');
    expect(await axeViolations(page), 'details dialog with an error').toEqual([]);

    await dialog.getByTestId('details-subject').fill('星河数据运维（改名后）');
    await dialog.getByTestId('details-assessor').fill('采购评审组');
    await dialog.getByLabel('需方评价').check();
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('notice')).toContainText('已更新');
    await saved(page);
    await expect(strong.getByTestId('saved-subject')).toHaveText('星河数据运维（改名后）');
    await expect(strong.getByTestId('saved-perspective')).toHaveText('需方评价');
    await expect(strong.getByTestId('saved-date')).toHaveText('2025-06-30');

    await page.reload();
    await expect(card(page, /星河/).getByTestId('saved-date')).toHaveText('2025-06-30');
    const id = await card(page, /星河/).getAttribute('data-id');
    await page.goto(`/report/#${id}`);
    const meta = page.locator('.report__header .report-meta');
    await expect(meta).toContainText('评估日期');
    await expect(meta).toContainText('2025-06-30');
    await expect(meta).toContainText('采购评审组');
    await expect(meta).toContainText('需方对供方的评价');
    // The executive summary stands for the recorded date, not the last change.
    await expect(page.getByTestId('exec-date')).toHaveText('2025-06-30');
    await expect(page.getByTestId('exec-summary')).toContainText('评估日期');
    await expect(page.getByTestId('exec-summary')).not.toContainText('最近修改');
    expect(errors).toEqual([]);
  });

  test('duplicate as blank for another supplier keeps scope and details, not the answers', async ({ page }) => {
    const errors = watchErrors(page);
    await openStart(page);
    await page.getByTestId('example-weak').click();
    await expect(page.getByTestId('import-success')).toBeVisible();
    await card(page, /北岭/).getByRole('button', { name: '复制为空白评估（其他供方）' }).click();
    const dialog = page.getByTestId('blank-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '创建空白评估' }).click();
    await expect(dialog.getByTestId('blank-subject')).toBeFocused();
    await expect(dialog.getByTestId('blank-subject')).toHaveAccessibleDescription('请填写新的被评估供方。');
    expect(await axeViolations(page), 'blank copy dialog').toEqual([]);

    await dialog.getByTestId('blank-subject').fill('南山运维有限公司');
    // The name follows the new supplier until it is typed.
    await expect(dialog.getByTestId('blank-name')).toHaveValue(/南山运维有限公司/);
    await dialog.getByTestId('blank-name').fill('南山运维交付能力评价');
    await dialog.getByRole('button', { name: '创建空白评估' }).click();
    await expect(page.getByTestId('notice')).toContainText('南山运维交付能力评价');
    await saved(page);
    const blank = card(page, '南山运维交付能力评价');
    await expect(blank.getByTestId('saved-subject')).toHaveText('南山运维有限公司');
    await expect(blank.getByTestId('saved-perspective')).toHaveText('需方评价');
    await expect(blank.getByTestId('saved-completeness')).toContainText('0%');
    await expect(blank.getByTestId('saved-provisional')).toHaveCount(1);

    const id = (await blank.getAttribute('data-id'))!;
    const record = (await readRecord(page, id)) as Record<string, unknown>;
    const source = example('weak-supplier') as Record<string, unknown>;
    expect(record.answers).toEqual({});
    expect(record.plan).toEqual({});
    expect(record.snapshots).toEqual([]);
    expect(record.review).toBeUndefined();
    expect(record.scope).toEqual(source.scope);
    expect(record.catalog).toBe('gbt28827.2');
    // The source is untouched.
    await expect(card(page, /北岭/).getByTestId('saved-completeness')).not.toContainText('0%');
    expect(errors).toEqual([]);
  });

  test('importing an assessment already saved asks: cancel, replace (undoable) or keep both', async ({ page }) => {
    test.slow();
    const errors = watchErrors(page);
    await openStart(page);
    await page.getByTestId('example-strong').click();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
    await saved(page);
    const firstId = await card(page, /星河/).getAttribute('data-id');
    const input = page.getByTestId('import-file');

    // Cancel: nothing changes.
    await input.setInputFiles(STRONG);
    const dialog = page.getByTestId('conflict-dialog');
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('strong-supplier.json');
    await expect(dialog).toContainText('星河数据运维 2025 年度交付规范自评（示例）');
    expect(await axeViolations(page), 'import conflict dialog').toEqual([]);
    await dialog.getByRole('button', { name: '取消导入' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('import-cancelled')).toBeVisible();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1);

    // Escape cancels too.
    await input.setInputFiles(STRONG);
    await expect(dialog).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1);

    // Replace: the old one goes to the trash, and the undo brings it back.
    await input.setInputFiles(STRONG);
    await dialog.getByRole('button', { name: '替换已保存的评估' }).click();
    const importSection = page.locator('section[aria-labelledby="import-heading"]');
    await expect(importSection.getByTestId('import-success')).toContainText('原评估在回收站中');
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
    await expect(page.locator(`[data-testid="saved-assessment"][data-id="${firstId}"]`)).toHaveCount(0);
    await page.getByTestId('undo').click();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(2);
    await expect(page.locator(`[data-testid="saved-assessment"][data-id="${firstId}"]`)).toHaveCount(1);

    // Loading the same example again asks as well; keep both marks the copy.
    await page.getByTestId('example-strong').click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: '两者都保留' }).click();
    await expect(card(page, '（副本）')).toHaveCount(1);
    await expect(page.getByTestId('saved-assessment')).toHaveCount(3);
    await page.reload();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(3);
    expect(errors).toEqual([]);
  });
});

test.describe('report without an ID', () => {
  test('lists the saved assessments to choose from', async ({ page }) => {
    const errors = watchErrors(page);
    await seed(page, '/report/', [
      ['s', example('strong-supplier')],
      ['w', example('weak-supplier')],
    ]);
    const empty = page.getByTestId('report-empty');
    await expect(empty).toHaveAttribute('data-state', 'no-id');
    await expect(page.getByTestId('report-empty-message')).toContainText('保存了 2 份评估');
    const choices = page.getByTestId('report-choices').getByRole('listitem');
    await expect(choices).toHaveCount(2);
    await expect(choices.first()).toContainText('总分');
    await expect(choices.first()).toContainText('完成度');
    expect(await axeViolations(page), 'report chooser').toEqual([]);
    await page.getByRole('link', { name: /北岭/ }).click();
    await expect(page.getByTestId('report')).toHaveAttribute('data-id', 'w');
    expect(errors).toEqual([]);
  });

  test('says when nothing is saved and links to the questionnaire (en)', async ({ page }) => {
    await page.goto('/en/report/');
    await expect(page.getByTestId('report-empty-message')).toHaveText(/No assessment is saved in this browser yet/);
    await expect(page.getByRole('link', { name: 'Go to the questionnaire' })).toHaveAttribute('href', '/en/assess/');
    expect(await axeViolations(page), 'report, nothing saved').toEqual([]);
  });

  test('opening a file that is already saved asks before saving (en)', async ({ page }) => {
    const errors = watchErrors(page);
    await seed(page, '/en/report/', [['s', example('strong-supplier')]]);
    await page.getByTestId('report-open-file').setInputFiles(STRONG);
    const dialog = page.getByTestId('report-conflict');
    await expect(dialog).toBeVisible();
    expect(await axeViolations(page), 'report conflict dialog').toEqual([]);
    await dialog.getByRole('button', { name: 'Keep both' }).click();
    await expect(page.getByTestId('report-title')).toContainText('(copy)');
    expect(await readRecord(page, 's')).toBeDefined();

    await page.goto('/en/report/');
    await page.getByTestId('report-open-file').setInputFiles(STRONG);
    await dialog.getByRole('button', { name: 'Replace the saved one' }).click();
    await expect(page.getByTestId('report')).toBeVisible();
    await expect(page.getByTestId('report-title')).not.toContainText('(copy)');
    expect(await readRecord(page, 's')).toBeUndefined();
    expect(errors).toEqual([]);
  });
});

test.describe('home page', () => {
  for (const [home, name, compare] of [
    ['/', '试用需方流程：比较三家候选供方', '/compare/#examples=1'],
    ['/en/', 'Try the customer flow: compare three candidate suppliers', '/en/compare/#examples=1'],
  ] as const) {
    test(`${home} leads customers to the three candidates side by side`, async ({ page }) => {
      await page.goto(home);
      const link = page.getByRole('link', { name: new RegExp(name) });
      await expect(link).toHaveAttribute('href', compare);
      const customer = page.locator('article.card', { hasText: home === '/' ? '需方' : 'Customer' }).first();
      await expect(customer.locator('a[href$="/review/"]')).toHaveCount(1);
      await expect(customer.locator('a[href$="/history/"]')).toHaveCount(1);
      await link.click();
      for (const i of [0, 1, 2]) await expect(page.getByTestId(`compare-own-score-${i}`)).toBeVisible();
    });
  }
});
