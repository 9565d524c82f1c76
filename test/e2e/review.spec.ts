/**
 * The review and history pages against the built site: the customer/supplier round trip with files only, in two
 * separate browser contexts (two browsers, nothing shared but the files); claimed vs verified as the CLI computes
 * them; the history with one row and one chart point per snapshot; axe on every new view.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import type { Locale } from '../../src/catalog/schema.ts';
import type { ReviewSummary } from '../../src/engine/review.ts';
import { REVIEW_UI_DICTIONARIES } from '../../src/i18n/review.ts';
import { axeViolations, watchErrors } from './site.ts';
import { example, seed } from './seed.ts';

const LOCALES: Locale[] = ['zh-CN', 'en'];
const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');
const reviewPath = (locale: Locale, hash = '') => `${prefix(locale)}/review/${hash ? `#${hash}` : ''}`;
const historyPath = (locale: Locale, hash = '') => `${prefix(locale)}/history/${hash ? `#${hash}` : ''}`;
const ui = (locale: Locale) => REVIEW_UI_DICTIONARIES[locale];

async function downloadJson(page: Page, testId: string): Promise<{ path: string; file: Record<string, unknown> }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  const path = (await download.path())!;
  return { path, file: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> };
}

const card = (page: Page, id: string) => page.locator(`article[data-element="${id}"]`);

async function saved(page: Page, locale: Locale) {
  await expect(page.getByTestId('review-save')).toHaveText(ui(locale)['save.saved']);
}

test('the review round trip: customer reviews, supplier replies, customer reads the reply (two browsers)', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const customer = await (await browser.newContext()).newPage();
  const supplier = await (await browser.newContext()).newPage();
  const errors = [...watchErrors(customer), ...watchErrors(supplier)];

  // The customer has the supplier's self-assessment (a version-1 file, opened through the migration).
  await seed(customer, reviewPath('zh-CN', 'self'), [['self', example('strong-supplier')]]);
  await expect(customer.getByTestId('review')).toHaveAttribute('data-id', 'self');
  const claimedBefore = await customer.getByTestId('claimed-overall').textContent();
  await expect(customer.getByTestId('verified-overall')).toHaveText(claimedBefore!);

  const reviewer = customer.getByRole('textbox', { name: ui('zh-CN')['reviewer.label'] });
  await reviewer.fill('需方 质量组');
  await reviewer.blur();
  await saved(customer, 'zh-CN');
  const plan09 = card(customer, 'DM-PLAN-09');
  await plan09.getByTestId('verified-level').selectOption('P');
  await saved(customer, 'zh-CN');
  await plan09.getByTestId('review-status').selectOption('challenged');
  await saved(customer, 'zh-CN');
  await plan09.getByTestId('review-comment').fill('安全措施没有落到具体系统。');
  await plan09.getByTestId('review-comment').blur();
  await saved(customer, 'zh-CN');
  const plan01 = card(customer, 'DM-PLAN-01');
  await plan01.getByTestId('verified-level').selectOption('F');
  await plan01.getByTestId('review-status').selectOption('accepted');
  await saved(customer, 'zh-CN');

  // Claimed vs verified: exactly what `assess review` computes for the same file.
  await expect(customer.getByTestId('review-disputed').locator('tr[data-element="DM-PLAN-09"]')).toBeVisible();
  const { path: reviewedPath, file: reviewed } = await downloadJson(customer, 'review-export-json');
  expect(reviewed.schemaVersion).toBe(2);
  expect((reviewed.snapshots as unknown[]).length).toBe(1);
  const cli = JSON.parse(
    execFileSync(process.execPath, ['scripts/assess.ts', 'review', reviewedPath, '--format', 'json'], {
      encoding: 'utf8',
    }),
  ) as ReviewSummary;
  await expect(customer.getByTestId('claimed-overall')).toHaveText(cli.claimed.overall.score!.toFixed(2));
  await expect(customer.getByTestId('verified-overall')).toHaveText(cli.verified.overall.score!.toFixed(2));
  expect(cli.disputed).toEqual([{ id: 'DM-PLAN-09', claimed: 'F', verified: 'P', status: 'challenged' }]);

  // The supplier, in another browser, opens the file and sees the verdict beside their answer.
  await supplier.goto(reviewPath('en', 'none/supplier'));
  await expect(supplier.getByTestId('review-empty')).toBeVisible();
  await supplier.getByTestId('review-open-file').setInputFiles(reviewedPath);
  await expect(supplier.getByTestId('review')).toBeVisible();
  await expect(supplier.getByRole('radio', { name: ui('en')['role.supplier'] })).toBeChecked();
  const answer09 = card(supplier, 'DM-PLAN-09');
  await expect(answer09.getByTestId('claimed-level')).toContainText('F');
  await expect(answer09.getByTestId('status-shown')).toContainText(ui('en')['status.challenged']);
  await expect(answer09.getByTestId('comment-shown')).toContainText('安全措施没有落到具体系统。');
  await expect(answer09.getByTestId('verified-shown')).toContainText('P');
  await expect(supplier.getByTestId('review-reviewer')).toContainText('需方 质量组');
  await answer09.getByTestId('reply-input').fill('Safeguards per system are in plan v1.1, section 3.');
  await answer09.getByTestId('reply-input').blur();
  await saved(supplier, 'en');
  const { path: repliedPath, file: replied } = await downloadJson(supplier, 'review-export-json');
  // A reply changes no answer, scope or plan: the export adds no second, identical snapshot.
  expect((replied.snapshots as unknown[]).length).toBe(1);
  expect((replied.review as { elements: Record<string, { reply?: string }> }).elements['DM-PLAN-09']!.reply).toBe(
    'Safeguards per system are in plan v1.1, section 3.',
  );

  // The customer opens the supplier's file and reads the reply.
  await customer.getByTestId('review-open-file').setInputFiles(repliedPath);
  // It is the review already saved here: the customer is asked, and replaces it (the old one goes to the trash).
  const conflict = customer.getByTestId('report-conflict');
  await expect(conflict).toBeVisible();
  expect(await axeViolations(customer), 'conflict dialog on the review page').toEqual([]);
  await conflict.getByRole('button', { name: '替换已保存的评估' }).click();
  await expect(conflict).toBeHidden();
  await expect(customer.getByTestId('review')).not.toHaveAttribute('data-id', 'self');
  await expect(customer.locator('.report-open__status')).toContainText('替换了');
  await expect(card(customer, 'DM-PLAN-09').getByTestId('review-reply')).toContainText(
    'Safeguards per system are in plan v1.1, section 3.',
  );
  await expect(customer.getByTestId('review-disputed')).toContainText('Safeguards per system are in plan v1.1');
  expect(errors).toEqual([]);
});

test('an answer changed after review says so and no longer counts', async ({ page }) => {
  await seed(page, reviewPath('en', 'ex'), [['ex', example('reviewed-self-assessment.en')]]);
  const changed = card(page, 'DW-REMOTE-END-02');
  await expect(changed).toHaveAttribute('data-state', 'changed-since-review');
  await expect(changed.getByTestId('changed-since-review')).toBeVisible();
  const cli = JSON.parse(
    execFileSync(
      process.execPath,
      ['scripts/assess.ts', 'review', 'assessments/examples/reviewed-self-assessment.en.json', '--format', 'json'],
      { encoding: 'utf8' },
    ),
  ) as ReviewSummary;
  await expect(page.getByTestId('claimed-overall')).toHaveText(cli.claimed.overall.score!.toFixed(2));
  await expect(page.getByTestId('verified-overall')).toHaveText(cli.verified.overall.score!.toFixed(2));
  await expect(page.getByTestId('review-disputed').locator('tbody tr')).toHaveCount(cli.disputed.length);
  await page.getByLabel(ui('en')['filter.label']).selectOption('changed');
  await expect(page.locator('article[data-element]')).toHaveCount(1);
  // The report shows the same claimed and verified scores beside each other.
  await page.goto('/en/report/#ex');
  await expect(page.getByTestId('report-claimed')).toContainText(cli.claimed.overall.score!.toFixed(2));
  await expect(page.getByTestId('report-verified')).toContainText(cli.verified.overall.score!.toFixed(2));
});

test('history: one row per snapshot beside the drawn trend; saving a snapshot adds one', async ({ page }) => {
  const errors = watchErrors(page);
  await seed(page, historyPath('zh-CN', 'h'), [['h', example('reviewed-self-assessment')]]);
  await expect(page.getByTestId('history')).toBeVisible();
  const rows = page.getByTestId('history-table').locator('tbody tr');
  await expect(rows).toHaveCount(3);
  // chart.js sizes the canvas when it draws; its points come from the same rows (toTrendConfig, unit-tested).
  await page.waitForFunction(() => document.querySelector<HTMLCanvasElement>('.history-chart canvas')?.style.width);
  await expect(page.getByTestId('history-changes')).toBeVisible();

  await page.getByTestId('history-save').click();
  await expect(page.getByRole('alert').filter({ hasText: ui('zh-CN')['history.emptyLabel'] })).toBeVisible();
  await page.getByLabel(ui('zh-CN')['history.saveLabel']).fill('复评前');
  await page.getByTestId('history-save').click();
  await expect(page.getByTestId('history-status')).toContainText('复评前');
  await expect(rows).toHaveCount(4);
  await page.reload();
  await expect(rows).toHaveCount(4);
  expect(errors).toEqual([]);
});

for (const locale of LOCALES) {
  test(`axe: review (both roles) and history, empty and with data (${locale})`, async ({ page }) => {
    // axe over a page with a form per element takes a while on a busy machine.
    test.setTimeout(240_000);
    await page.goto(reviewPath(locale));
    await expect(page.getByTestId('review-empty')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    const name = locale === 'en' ? 'reviewed-self-assessment.en' : 'reviewed-self-assessment';
    await seed(page, reviewPath(locale, 'x'), [['x', example(name)]]);
    await expect(page.getByTestId('review')).toBeVisible();
    await expect(page.getByTestId('review-scores')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(reviewPath(locale, 'x/supplier'));
    await expect(page.getByTestId('reply-input').first()).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(historyPath(locale, 'x'));
    await expect(page.getByTestId('history-table')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(historyPath(locale));
    await expect(page.getByTestId('review-empty')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
  });
}

test('the questionnaire links an assessment to its review and history', async ({ page }) => {
  await seed(page, '/en/assess/#/a/q', [['q', example('reviewed-self-assessment.en')]]);
  await page.getByTestId('review-link').click();
  await expect(page).toHaveURL(/\/en\/review\/#q$/);
  await expect(page.getByTestId('review')).toBeVisible();
  await page
    .getByRole('navigation', { name: ui('en')['links.label'] })
    .getByRole('link', { name: ui('en')['links.history'] })
    .click();
  await expect(page.getByTestId('history')).toBeVisible();
});
