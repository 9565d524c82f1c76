/**
 * Teaching material (issue 10, sections 1 and 5): the discussion question of every clause page with notes a
 * trainee can reveal, the glossary's marks, the one-page clause handouts and the blank paper questionnaire on A4,
 * and the English example assessments on /en/.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations, watchErrors } from './site.ts';

const CLAUSES = [
  '5.2',
  '5.3',
  '5.4',
  '5.5',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '7.2',
  '7.3',
  '8.2',
  '8.3',
  '8.4',
  '8.5',
  '8.6',
];
const slug = (clause: string) => clause.replace('.', '-');

/** Pages of a PDF as Chromium writes it: one `/Type /Page` object each (the tree's root is `/Type /Pages`). */
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;

async function printA4(page: Page) {
  return pdfPages(await page.pdf({ format: 'A4' }));
}

for (const [locale, prefix, notesLabel, mark] of [
  ['zh-CN', '', '讲师提示', '本门户编写的教学材料，非标准内容'],
  ['en', '/en', 'Notes for the instructor', 'Teaching material written for this portal, not part of the standard'],
] as const) {
  test(`every clause page (${locale}) shows a discussion question whose instructor notes reveal`, async ({ page }) => {
    test.slow();
    const errors = watchErrors(page);
    for (const clause of CLAUSES) {
      await page.goto(`${prefix}/${slug(clause)}/`);
      const discussion = page.locator('section.discussion');
      await expect(discussion, clause).toHaveCount(1);
      await expect(discussion).toHaveAttribute('data-clause', clause);
      await expect(discussion.locator('.discussion__label')).toHaveText(mark);
      await expect(discussion.locator('.discussion__question')).toHaveText(/.{15,}[？?]/);
      const notes = discussion.locator('details.discussion__notes');
      const body = notes.locator('p').first();
      await expect(body, `${clause}: notes start folded`).toBeHidden();
      await notes.getByText(notesLabel).click();
      await expect(body).toBeVisible();
      await expect(body.locator('a').first(), `${clause}: notes link the elements they name`).toHaveAttribute(
        'href',
        new RegExp(`^${prefix}/\\d-\\d/#D[MCWR]-`),
      );
    }
    expect(errors).toEqual([]);
  });
}

test('the clause page with its notes open passes axe, in both languages', async ({ page }) => {
  // Two axe runs over long clause pages: more than a minute on a busy shared machine.
  test.slow();
  for (const path of ['/6-3/', '/en/7-3/']) {
    await page.goto(path);
    await page.locator('details.discussion__notes summary').click();
    expect(await axeViolations(page), path).toEqual([]);
  }
});

test('the glossary marks each entry as the standard’s or the portal’s, and clause pages link to it', async ({
  page,
}) => {
  await page.goto('/glossary/');
  const standard = page.locator('.glossary__entry[data-basis="standard"]');
  await expect(standard).toHaveCount(9);
  await expect(standard.first().locator('.glossary__mark')).toHaveText('标准界定的术语（3.1）');
  await expect(page.locator('#term-routine-operation .glossary__mark')).toHaveText('标准界定的术语（3.4）');
  const portal = page.locator('.glossary__entry[data-basis="portal"]');
  expect(await portal.count()).toBeGreaterThanOrEqual(12);
  for (const mark of await portal.locator('.glossary__mark').allTextContents())
    expect(mark).toBe('本门户的说明，非标准定义');
  for (const id of ['emergency-response', 'delivery-results', 'on-site-delivery', 'remote-delivery', 'service-report'])
    await expect(page.locator(`#term-${id}[data-basis="portal"]`), id).toHaveCount(1);
  await expect(page.locator('#term-remote-delivery .glossary__clauses a')).toHaveAttribute('href', '/7-3/');

  await page.goto('/en/glossary/');
  await expect(page.locator('#term-sla .glossary__mark')).toHaveText('Defined in the standard (3.9)');
  await expect(page.locator('#term-service-report .glossary__mark')).toHaveText(
    'Explained by this portal, not a definition of the standard',
  );

  await page.goto('/7-2/');
  await page.locator('a.term[href="/glossary/#term-on-site-delivery"]').first().click();
  await expect(page).toHaveURL(/\/glossary\/#term-on-site-delivery$/);
  await expect(page.locator('#term-on-site-delivery')).toBeInViewport();
});

for (const [locale, prefix] of [
  ['zh-CN', ''],
  ['en', '/en'],
] as const) {
  test(`the handouts (${locale}) print one A4 page per chosen clause`, async ({ page }) => {
    test.slow();
    const errors = watchErrors(page);
    await page.goto(`${prefix}/training/handouts/`);
    const picker = page.locator('[data-handouts] [data-picker]');
    await expect(picker).toBeVisible();
    await expect(page.locator('article.handout')).toHaveCount(15);
    // Every clause on a page of its own: a clause that overflowed would add a page.
    expect(await printA4(page)).toBe(15);

    await picker.locator('[data-none]').click();
    await expect(picker.locator('[data-print]')).toBeDisabled();
    await picker.getByLabel(/^5\.2 /).check();
    await picker.getByLabel(/^7\.3 /).check();
    await expect(page).toHaveURL(/\?clauses=5\.2,7\.3$/);
    await expect(picker.locator('[data-status]')).toContainText('2');
    await expect(page.locator('article.handout:visible')).toHaveCount(2);
    expect(await printA4(page)).toBe(2);

    // The address brings the same choice back, for a class sharing the link.
    await page.goto(`${prefix}/training/handouts/?clauses=8.4`);
    await expect(page.locator('article.handout:visible')).toHaveCount(1);
    const handout = page.locator('article.handout[data-clause="8.4"]');
    await expect(handout.locator('tr[data-element="DR-RESP-01"]')).toBeVisible();
    await expect(handout.locator('.handout__pitfalls li')).toHaveCount(3);
    await expect(handout.locator('.handout__question')).toHaveText(/[？?]$/);
    expect(await printA4(page)).toBe(1);
    expect(errors).toEqual([]);
  });
}

test('a handout marks the key elements and lists the evidence of each', async ({ page }) => {
  await page.goto('/training/handouts/?clauses=7.3');
  const handout = page.locator('article.handout[data-clause="7.3"]');
  await expect(handout.locator('tbody tr')).toHaveCount(12);
  await expect(handout.locator('tr[data-element="DW-REMOTE-END-02"] .handout__key')).toHaveText('★ 关键');
  await expect(handout.locator('tr[data-element="DW-REMOTE-END-01"] .handout__key')).toHaveCount(0);
  await expect(handout.locator('tr[data-element="DW-REMOTE-END-02"] .handout__evidence li')).toHaveCount(4);
  await expect(handout.locator('tr[data-element="DW-REMOTE-END-02"] a')).toHaveAttribute(
    'href',
    '/7-3/#DW-REMOTE-END-02',
  );
});

test('the blank questionnaire lists the elements of the chosen scope, on paper too', async ({ page }) => {
  test.slow();
  const errors = watchErrors(page);
  await page.goto('/en/training/questionnaire/');
  const picker = page.locator('[data-blank] [data-picker]');
  await expect(picker).toBeVisible();
  const full = await printA4(page);
  for (const unticked of ['6.2 ', '6.4 ', '6.5 ', '7.2 '])
    await picker.getByLabel(new RegExp(`^${unticked}`)).uncheck();
  await expect(page).toHaveURL(/\?contents=6\.3&modes=7\.3$/);
  await expect(picker.locator('[data-status]')).toHaveText(/^8 clauses and \d+ elements in scope\.$/);
  await expect(page.locator('[data-scope-text]')).toHaveText(
    'Chapter 5, 8.2, 6.3 Responsive support, 7.3 Remote delivery',
  );

  await page.emulateMedia({ media: 'print' });
  const listed = async () =>
    page
      .locator('.blank-item')
      .evaluateAll((items) =>
        items.filter((i) => (i as HTMLElement).offsetParent !== null).map((i) => (i as HTMLElement).dataset.element),
      );
  const ids = await listed();
  for (const id of [
    'DM-PLAN-01',
    'DM-IMPR-C01',
    'DC-RESP-01',
    'DC-RESP-C01',
    'DW-REMOTE-END-03',
    'DR-MGMT-01',
    'DR-RESP-01',
  ])
    expect(ids, id).toContain(id);
  for (const id of ['DC-ROUT-01', 'DC-OPT-01', 'DC-EVAL-01', 'DW-ONSITE-BEFORE-01', 'DR-ROUT-01', 'DR-EVAL-01'])
    expect(ids, id).not.toContain(id);
  // Requirements only: sub-items are ticked under their parent and notes are not rated.
  expect(ids).not.toContain('DM-IMPR-N01');
  const shown = await picker.locator('[data-status]').textContent();
  expect(shown).toContain(`${ids.length} elements`);
  const scoped = await printA4(page);
  expect(scoped).toBeGreaterThan(1);
  expect(scoped).toBeLessThan(full);

  // The scope survives a reload.
  await page.emulateMedia({ media: 'screen' });
  await page.reload();
  await expect(picker.getByLabel(/^6\.3 /)).toBeChecked();
  await expect(picker.getByLabel(/^6\.2 /)).not.toBeChecked();
  await page.emulateMedia({ media: 'print' });
  expect(await listed()).toEqual(ids);
  expect(errors).toEqual([]);
});

test('the English pages load the example assessments with English titles, names and notes', async ({ page }) => {
  const errors = watchErrors(page);
  await page.goto('/en/assess/');
  await expect(page.getByTestId('view-heading')).toBeVisible();
  await page.getByTestId('example-strong').click();
  await expect(page.getByTestId('import-success')).toContainText('Xinghe Data O&M');
  await page.getByTestId('example-weak').click();
  await expect(page.getByTestId('import-success')).toContainText('Beiling IT Services');
  const cards = page.getByTestId('saved-assessment');
  await expect(cards).toHaveCount(2);
  for (const text of await cards.allTextContents()) expect(text).not.toMatch(/[\u4e00-\u9fff]/);
  await expect(cards.filter({ hasText: 'Beiling IT Services Co., Ltd. (fictional)' })).toHaveCount(1);
  await expect(cards.filter({ hasText: 'Xinghe Data O&M internal audit team' })).toHaveCount(1);
  await page.getByTestId('example-handover').click();
  await expect(page.getByTestId('import-success')).toContainText('medical insurance settlement system');

  await cards.filter({ hasText: 'Beiling' }).getByRole('link', { name: 'Open' }).click();
  await expect(page.getByTestId('view-heading')).toHaveText(
    'Delivery capability evaluation of Beiling IT Services Co., Ltd. (example)',
  );
  await page.locator('li[data-clause="5.2"] a').click();
  await expect(page.locator('fieldset[data-element="DM-PLAN-01"]').getByLabel('Notes', { exact: true })).toHaveValue(
    /^The agreement is a one-page list/,
  );

  await page.goto('/en/scoring/');
  await expect(page.locator('main')).toContainText('Delivery capability evaluation of Beiling IT Services');
  await expect(page.locator('main')).not.toContainText('北岭');
  await page.goto('/scoring/');
  await expect(page.locator('main')).toContainText('北岭信息技术服务有限公司交付能力评价');
  expect(errors).toEqual([]);
});

// One test per page: axe over the handouts (every clause on one page) alone takes a minute on a busy machine.
for (const path of ['/training/', '/training/handouts/', '/training/questionnaire/', '/glossary/']) {
  for (const p of [path, `/en${path}`]) {
    test(`${p} passes axe`, async ({ page }) => {
      test.setTimeout(180_000);
      await page.goto(p);
      expect(await axeViolations(page), p).toEqual([]);
    });
  }
}

test('the training overview lists every clause’s question and links to it', async ({ page }) => {
  await page.goto('/en/training/');
  const items = page.locator('.discussion-index li');
  await expect(items).toHaveCount(15);
  await items.filter({ hasText: '6.3 Responsive support' }).getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/6-3\/#discussion$/);
  await expect(page.locator('#discussion')).toBeInViewport();
});
