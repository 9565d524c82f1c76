/**
 * The quiz (/training/quiz/, /en/training/quiz/): a seeded address gives exactly the items `pickQuiz` picks from the
 * same bank (imported here, not read from the page), known answers give the expected score and a review of exactly
 * the wrong ones; a keyboard-only run; setup, share link and back; bad addresses and a broken bank named; print with
 * the answer key on its own pages; nothing requested outside the site; axe.
 */
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { loadQuizItems } from '../../src/loader/load-quiz.ts';
import type { Locale } from '../../src/catalog/schema.ts';
import { localQuizBank } from '../../src/engine/quiz-bank.ts';
import { parseQuizQuery, pickQuiz } from '../../src/engine/quiz.ts';
import { QUIZ_DICTIONARIES } from '../../src/i18n/quiz.ts';
import { elementAnchorHref } from '../../src/lib/paths.ts';
import { axeViolations, watchErrors } from './site.ts';

// Loading and scoring render the whole quiz; a busy shared machine needs longer than the default.
const expect = baseExpect.configure({ timeout: 20_000 });
test.describe.configure({ timeout: 120_000 });

const catalog = loadCatalog();
const written = loadQuizItems(catalog);
const banks = { 'zh-CN': localQuizBank(catalog, written, 'zh-CN'), en: localQuizBank(catalog, written, 'en') };
const clauses = catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => cl.number));
const path = (locale: Locale, query = '') => `${locale === 'en' ? '/en' : ''}/training/quiz/${query}`;
const fill = (locale: Locale, key: keyof (typeof QUIZ_DICTIONARIES)['en'], params: Record<string, string | number>) =>
  QUIZ_DICTIONARIES[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

/** The questions an address should show, computed from the same bank the page fetches. */
function expected(locale: Locale, query: string) {
  const { config } = parseQuizQuery(query, clauses);
  return pickQuiz(banks[locale].items, config!);
}

async function open(page: Page, locale: Locale, query = '') {
  await page.goto(path(locale, query));
  await expect(page.locator('.quiz-app')).toHaveAttribute('data-ready', 'true', { timeout: 30_000 });
}

for (const locale of ['zh-CN', 'en'] as const) {
  test(`${locale}: a seeded quiz scores known answers and reviews exactly the wrong ones`, async ({
    page,
    baseURL,
  }) => {
    const errors = watchErrors(page);
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const query = '?seed=e2e-class&n=8&difficulty=1,2,3';
    const questions = expected(locale, query);
    expect(questions).toHaveLength(8);
    await open(page, locale, query);

    const shown = page.getByTestId('quiz-question');
    await expect(shown).toHaveCount(8);
    // Right on even questions, wrong on odd ones except the last, which stays unanswered.
    const wrongIds: string[] = [];
    for (const [i, q] of questions.entries()) {
      const question = shown.nth(i);
      await expect(question.locator('legend')).toContainText(q.item.prompt.split('\n')[0]!);
      const options = question.getByRole('radio');
      await expect(options).toHaveCount(q.order.length);
      for (const [position, index] of q.order.entries())
        await expect(question.locator('.quiz-option').nth(position)).toContainText(q.item.options[index]!);
      if (i === 7) {
        wrongIds.push(q.item.id);
        continue;
      }
      const position = i % 2 === 0 ? q.correct : (q.correct + 1) % q.order.length;
      if (i % 2 === 1) wrongIds.push(q.item.id);
      await options.nth(position).check();
    }
    await expect(page.getByTestId('quiz-progress')).toHaveText(
      fill(locale, 'quiz.answered', { answered: 7, total: 8 }),
    );
    await page.getByTestId('quiz-submit').click();

    await expect(page.getByTestId('quiz-score')).toHaveText(
      fill(locale, 'quiz.result.score', { correct: 4, total: 8, percent: 50 }),
    );
    await expect(page.locator('#quiz-result-heading')).toBeFocused();
    const review = page.getByTestId('quiz-review').locator(':scope > li');
    await expect(review).toHaveCount(wrongIds.length);
    for (const [i, id] of wrongIds.entries()) {
      const entry = review.nth(i);
      await expect(entry).toHaveAttribute('data-item-id', id);
      const item = questions.find((q) => q.item.id === id)!.item;
      await expect(entry).toContainText(item.explanation);
      await expect(entry.getByRole('link')).toHaveAttribute(
        'href',
        elementAnchorHref(item.element, item.clause, locale),
      );
    }
    await expect(review.last()).toContainText(QUIZ_DICTIONARIES[locale]['quiz.result.noAnswer']);

    expect(await axeViolations(page)).toEqual([]);
    // Everything the page needed came from the site itself.
    expect(requests.filter((url) => !url.startsWith(baseURL!))).toEqual([]);
    expect(errors).toEqual([]);

    // Retry clears the answers of the same quiz.
    await page.getByRole('button', { name: QUIZ_DICTIONARIES[locale]['quiz.result.retry'] }).click();
    await expect(page.getByTestId('quiz-result')).toHaveCount(0);
    await expect(page.getByTestId('quiz-progress')).toHaveText(
      fill(locale, 'quiz.answered', { answered: 0, total: 8 }),
    );
  });
}

test('the same seed and filters give the same quiz in both languages and on reload; another seed another', async ({
  page,
}) => {
  const query = '?seed=share1&n=6&kind=clause,scenario';
  const itemsOf = async () => {
    await expect(page.getByTestId('quiz-question')).toHaveCount(6);
    return page.getByTestId('quiz-question').allTextContents();
  };
  await open(page, 'en', query);
  const first = await itemsOf();
  await page.reload();
  await expect(page.locator('.quiz-app')).toHaveAttribute('data-ready', 'true');
  expect(await itemsOf()).toEqual(first);
  // The Chinese page shows the same items (same IDs, same option order) in Chinese.
  expect(expected('zh-CN', query).map((q) => [q.item.id, q.order])).toEqual(
    expected('en', query).map((q) => [q.item.id, q.order]),
  );
  await open(page, 'en', '?seed=share2&n=6&kind=clause,scenario');
  expect(await itemsOf()).not.toEqual(first);
});

test('keyboard only: set up, answer with arrow keys, hand in, focus on the score', async ({ page }) => {
  await open(page, 'zh-CN');
  const active = () => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? '');
  for (let i = 0; i < 200 && (await active()) !== 'quiz-seed'; i++) await page.keyboard.press('Tab');
  expect(await active()).toBe('quiz-seed');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('keys1');
  await page.keyboard.press('Shift+Tab');
  expect(await active()).toBe('quiz-count');
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('3');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\?seed=keys1&n=3$/);
  await expect(page.locator('#quiz-sheet-heading')).toBeFocused();

  const questions = expected('zh-CN', '?seed=keys1&n=3');
  const focusedRadio = () =>
    page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement | null;
      return el?.type === 'radio' ? el.name : '';
    });
  for (const [i, q] of questions.entries()) {
    for (let n = 0; n < 20 && (await focusedRadio()) !== `quiz-q${i + 1}`; n++) await page.keyboard.press('Tab');
    expect(await focusedRadio()).toBe(`quiz-q${i + 1}`);
    // Tab lands on the first option of an unanswered group; Space picks it, arrows move and pick.
    if (q.correct === 0) await page.keyboard.press('Space');
    else for (let k = 0; k < q.correct; k++) await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('quiz-question').nth(i).getByRole('radio').nth(q.correct)).toBeChecked();
  }
  for (let n = 0; n < 10 && (await active()) !== 'quiz-submit'; n++) await page.keyboard.press('Tab');
  expect(await active()).toBe('quiz-submit');
  await page.keyboard.press('Enter');
  await expect(page.locator('#quiz-result-heading')).toBeFocused();
  await expect(page.getByTestId('quiz-score')).toContainText(
    fill('zh-CN', 'quiz.result.score', { correct: 3, total: 3, percent: 100 }),
  );
  await expect(page.getByTestId('quiz-review')).toHaveCount(0);
});

test('setup: filters and count in the address, share link, back to the setup', async ({ page }) => {
  await open(page, 'en');
  await expect(page.locator('.quiz-sheet')).toHaveCount(0);
  await page.getByLabel('6.3 Responsive support').check();
  await page.getByLabel('Supplier or customer').check();
  await page.getByTestId('quiz-count').fill('4');
  await page.getByTestId('quiz-seed').fill('setup1');
  await page.getByTestId('quiz-start').click();
  await expect(page).toHaveURL(/\/en\/training\/quiz\/\?seed=setup1&n=4&clause=6\.3&kind=party$/);
  const questions = expected('en', '?seed=setup1&n=4&clause=6.3&kind=party');
  await expect(page.getByTestId('quiz-question')).toHaveCount(questions.length);
  await expect(page.getByTestId('quiz-link')).toHaveValue(
    new RegExp(`/en/training/quiz/\\?seed=setup1&n=4&clause=6\\.3&kind=party$`),
  );
  await page.goBack();
  await expect(page.locator('.quiz-sheet')).toHaveCount(0);

  // A seed that cannot go in an address is refused with a reason.
  await page.getByTestId('quiz-seed').fill('two words');
  await page.getByTestId('quiz-start').click();
  await expect(page.getByRole('alert')).toHaveText(QUIZ_DICTIONARIES.en['quiz.setup.problem.seed']);
  await expect(page).toHaveURL(/\/en\/training\/quiz\/$/);
});

test('a bad address is named and the rest of it still applies', async ({ page }) => {
  await open(page, 'zh-CN', '?seed=ok1&n=500&kind=essay,party');
  await expect(page.getByRole('alert')).toContainText('题数“500”');
  await expect(page.getByRole('alert')).toContainText('题型“essay”');
  await expect(page.getByTestId('quiz-question')).toHaveCount(10);
  await expect(page.locator('.quiz-meta')).toContainText(QUIZ_DICTIONARIES['zh-CN']['quiz.kind.party']);
});

test('a broken item bank is named, not shown half-loaded', async ({ page }) => {
  await page.route('**/training/quiz-bank.*.json', (route) =>
    route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ locale: 'en', catalogVersion: '1', items: [{}] }),
    }),
  );
  await page.goto(path('en', '?seed=x'));
  await expect(page.getByRole('alert')).toContainText('items.0.');
  await expect(page.getByTestId('quiz-question')).toHaveCount(0);
});

test('print: a paper quiz, and the answer key only when asked for, on its own pages', async ({ page }, testInfo) => {
  const query = '?seed=paper1&n=12';
  await open(page, 'zh-CN', query);
  await expect(page.getByTestId('quiz-key')).toHaveCount(0);
  await page.getByTestId('quiz-print-key').check();
  await page.emulateMedia({ media: 'print' });
  const key = page.getByTestId('quiz-key');
  await expect(key).toBeVisible();
  expect(await key.evaluate((el) => getComputedStyle(el).breakBefore)).toBe('page');
  await expect(page.locator('.quiz-setup')).toBeHidden();
  await expect(page.locator('.sidebar-pane')).toBeHidden();
  const questions = expected('zh-CN', query);
  const entries = key.locator('li');
  await expect(entries).toHaveCount(12);
  for (const [i, q] of questions.entries())
    await expect(entries.nth(i)).toContainText(
      `${String.fromCharCode(65 + q.correct)}. ${q.item.options[q.item.answer]}`,
    );

  const pdf = await page.pdf({ format: 'A4', path: testInfo.outputPath('quiz-zh.pdf') });
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length).toBeGreaterThanOrEqual(2);

  // On screen the key stays out of sight.
  await page.emulateMedia({ media: 'screen' });
  await expect(key).toBeHidden();
});

for (const locale of ['zh-CN', 'en'] as const) {
  test(`${locale}: the setup page has no axe violations`, async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, locale);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
}
