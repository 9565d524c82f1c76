/**
 * Related practices in the questionnaire and the report: `/assess/?catalog=handover` opens the create form with
 * the practice chosen and marked as not part of GB/T 28827.2; answers save and survive a reload; the report of the
 * handover example shows exactly the CLI's numbers in the practice's words; axe on every view.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { Locale } from '../../src/catalog/schema.ts';
import type { ScoreSummary } from '../../src/engine/score-summary.ts';
import { axeViolations, watchErrors } from './site.ts';
import { seed } from './seed.ts';

const EXAMPLE = 'assessments/practices/handover/examples/partly-ready-project.json';
const element = (page: Page, id: string) => page.locator(`fieldset[data-element="${id}"]`);
const level = (fieldset: Locator, value: string) => fieldset.locator(`input[type="radio"][value="${value}"]`);
const saved = (page: Page) => expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');

test('a handover assessment: preselected from the practice page, answered, saved, reloaded', async ({ page }) => {
  test.slow();
  const errors = watchErrors(page);
  await page.goto('/assess/?catalog=handover');
  await expect(page.getByTestId('view-heading')).toBeVisible();
  const form = page.getByTestId('create-form');
  await expect(form.locator('input[name="catalog"][value="handover"]')).toBeChecked();
  await expect(form.locator('input[name="catalog"][value="gbt28827.2"]')).not.toBeChecked();
  await expect(form.getByTestId('practice-banner')).toContainText('相关实践，不属于 GB/T 28827.2');
  // Every practice is offered, each marked as not part of the standard.
  await expect(form.getByTestId('create-catalog').locator('.assess-tag--related')).toHaveCount(4);
  // A practice has no scope to choose, and names its own parties.
  await expect(form.getByRole('group', { name: '评估范围' })).toHaveCount(0);
  await expect(form.getByLabel('移交方自评')).toBeChecked();
  await expect(form.getByLabel('接收方评价')).toBeVisible();
  await expect(page.getByLabel('评估名称')).toBeFocused();
  expect(await axeViolations(page), 'create form of a practice').toEqual([]);

  // Switching back to the standard brings the scope back.
  await form.getByLabel('GB/T 28827.2 运维服务交付规范').check();
  await expect(form.getByRole('group', { name: '评估范围' })).toBeVisible();
  await expect(form.getByLabel('被评估供方')).toBeVisible();
  await form.locator('input[name="catalog"][value="handover"]').check();

  await page.getByLabel('评估名称').fill('计费系统移交自查');
  await page.getByLabel('被评估移交方').fill('计费系统项目组');
  await page.getByRole('button', { name: '创建并开始评估' }).click();
  await expect(page.getByTestId('view-heading')).toHaveText('计费系统移交自查');
  const id = page.url().split('#/a/')[1]!;
  await expect(page.getByTestId('practice-banner')).toBeVisible();
  await expect(page.getByRole('group', { name: '评估范围' })).toHaveCount(0);
  await expect(page.locator('h4#chapter-1')).toContainText('第 1 部分');
  await expect(page.getByTestId('report-link')).toHaveAttribute('href', `/report/#${id}`);
  expect(await axeViolations(page), 'overview of a practice').toEqual([]);

  await page.locator('li[data-clause="1.1"] a').click();
  await expect(page.getByTestId('view-heading')).toContainText('1.1');
  const prj01 = element(page, 'HO-PRJ-01');
  await prj01.locator('label', { hasText: '完全实施' }).click();
  await expect(prj01.getByRole('link', { name: /HO-PRJ-01/ })).toHaveAttribute(
    'href',
    '/practices/handover/#HO-PRJ-01',
  );
  const prj02 = element(page, 'HO-PRJ-02');
  await level(prj02, 'P').check();
  await prj02.locator('summary').click();
  await prj02.getByLabel('备注').fill('培训计划未定');
  await prj02.getByLabel('标记为待复核').check();
  const prj04 = element(page, 'HO-PRJ-04');
  await level(prj04, 'NA').check();
  await prj04.getByLabel('不适用的理由').fill('没有分包');
  await expect(page.getByTestId('clause-progress')).toHaveText('本节已回答 2 / 4 项适用要素');
  expect(await axeViolations(page), 'section of a practice').toEqual([]);
  await page
    .getByRole('link', { name: /下一节/ })
    .first()
    .click();
  await page
    .getByRole('link', { name: /下一节/ })
    .first()
    .click();
  await expect(page.getByTestId('view-heading')).toContainText('1.3');
  await expect(element(page, 'HO-PRJ-C01').locator('.assess-badge--customer')).toHaveText('接收方要素');
  await level(element(page, 'HO-PRJ-C01'), 'L').check();
  await saved(page);

  await page.reload();
  await expect(page.getByTestId('view-heading')).toContainText('1.3');
  await expect(level(element(page, 'HO-PRJ-C01'), 'L')).toBeChecked();
  await page.goto(`/assess/#/a/${id}/1.1`);
  await expect(level(element(page, 'HO-PRJ-01'), 'F')).toBeChecked();
  await expect(level(element(page, 'HO-PRJ-02'), 'P')).toBeChecked();
  await expect(element(page, 'HO-PRJ-02').getByLabel('备注')).toHaveValue('培训计划未定');
  await expect(element(page, 'HO-PRJ-04').getByLabel('不适用的理由')).toHaveValue('没有分包');

  await page.getByRole('link', { name: '返回概览' }).first().click();
  await expect(page.locator('li[data-clause="1.1"]')).toContainText('已回答 3 / 5');
  await page.getByRole('link', { name: '返回评估列表' }).click();
  const card = page.getByTestId('saved-assessment').filter({ hasText: '计费系统移交自查' });
  await expect(card.getByTestId('saved-catalog')).toHaveAttribute('data-catalog', 'handover');
  await expect(card.getByTestId('saved-catalog')).toContainText('相关实践，不属于 GB/T 28827.2');
  await expect(card.getByTestId('saved-progress')).toContainText('已回答 4 / 17');
  expect(await axeViolations(page), 'start view with a practice assessment').toEqual([]);
  expect(errors).toEqual([]);
});

test('the handover example loads from the start view', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/assess/');
  await page.getByTestId('example-handover').click();
  const card = page.getByTestId('saved-assessment');
  await expect(card).toHaveCount(1);
  await expect(card.getByTestId('saved-catalog')).toContainText('Related practice — not part of GB/T 28827.2');
  await expect(card).toContainText('Handing-over party self-assessment');
  await expect(card).not.toContainText('Supplier');
  expect(errors).toEqual([]);
});

for (const locale of ['zh-CN', 'en'] as Locale[]) {
  test(`the handover report (${locale}) shows exactly the CLI's numbers, in the practice's words`, async ({ page }) => {
    test.slow();
    const errors = watchErrors(page);
    const cli = JSON.parse(
      execFileSync(process.execPath, ['scripts/assess.ts', 'score', EXAMPLE], { encoding: 'utf8' }),
    ) as ScoreSummary;
    const prefix = locale === 'en' ? '/en' : '';
    await seed(page, `${prefix}/report/#ho`, [['ho', JSON.parse(readFileSync(EXAMPLE, 'utf8'))]]);
    await expect(page.getByTestId('report')).toHaveAttribute('data-id', 'ho');
    const value = (testId: string) => page.getByTestId(testId).locator('.score-button__value');
    const shown = (score: number | null) => (score === null ? /.+/ : score.toFixed(2));

    await expect(page.getByTestId('practice-banner')).toContainText(
      locale === 'en' ? 'Related practice — not part of GB/T 28827.2' : '相关实践，不属于 GB/T 28827.2',
    );
    await expect(page.getByTestId('report-kicker')).toContainText(
      locale === 'en' ? 'Related-practice assessment' : '相关实践评估报告',
    );
    await expect(value('overall-score')).toHaveText(shown(cli.overall.score));
    await expect(page.getByTestId('overall-grade')).toHaveAttribute('data-grade', cli.overall.grade!);
    await expect(page.getByTestId('overall-provisional')).toHaveCount(cli.overall.provisional ? 1 : 0);
    await expect(page.getByTestId('overall-completeness')).toHaveText(
      `${Math.round(cli.overall.completeness * 1000) / 10}%`,
    );
    for (const [n, s] of Object.entries(cli.chapters))
      await expect(value(`chapter-score-${n}`)).toHaveText(shown(s.score));
    for (const [n, s] of Object.entries(cli.clauses))
      await expect(value(`clause-score-${n}`)).toHaveText(shown(s.score));
    await expect(value('customer-score')).toHaveText(shown(cli.customerReadiness.score));
    const planIds = await page
      .locator('[data-testid="report-plan"] tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    expect(planIds).toEqual([1, 2, 3].flatMap((p) => cli.plan.filter((i) => i.phase === p).map((i) => i.id)));

    // Party and section words, no delivery scope.
    const report = page.getByTestId('report');
    await expect(report).toContainText(locale === 'en' ? 'Handing-over party' : '移交方');
    // (The practice's own guidance may mention a contract's delivery contents; the scope rows may not.)
    for (const part of [page.locator('.report__header'), page.getByTestId('exec-summary')]) {
      await expect(part).not.toContainText(locale === 'en' ? 'Delivery contents' : '交付内容');
      await expect(part).not.toContainText(locale === 'en' ? 'Scope' : '评估范围');
    }
    await expect(report.locator('#report-clauses')).toHaveText(locale === 'en' ? 'Scores by section' : '各节得分');

    await expect(page.locator('.report-chart canvas')).toHaveCount(2);
    expect(await axeViolations(page), 'practice report').toEqual([]);

    // The explanation dialog works and names the party.
    await page.getByTestId('overall-score').click();
    const dialog = page.getByTestId('explain-dialog');
    await expect(dialog.getByRole('heading', { level: 2 })).toContainText(
      locale === 'en' ? /handing-over party/i : '移交方',
    );
    await expect(dialog.getByTestId('explain-score')).toHaveText(cli.overall.score!.toFixed(2));
    expect(await axeViolations(page), 'explanation of a practice score').toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByTestId('clause-score-2.2').click();
    await expect(dialog.getByRole('heading', { level: 2 })).toContainText('2.2');
    await expect(dialog.getByTestId('explain-score')).toHaveText(cli.clauses['2.2']!.score!.toFixed(2));
    await expect(
      dialog.locator('[data-testid="explain-contributions"] tbody tr').first().getByRole('link'),
    ).toHaveAttribute('href', `${prefix}/practices/handover/#HO-APP-07`);
    expect(errors).toEqual([]);
  });
}
