import { expect, test } from './fixtures.ts';
import { loadCatalog, loadPractices } from '../../src/loader/load.ts';

/** The related-practice pages: what they say about themselves, their elements, links and printout. */
const delivery = loadCatalog();
const practices = loadPractices(delivery);

test('there are four related-practice catalogs', () => {
  expect(practices.map((p) => p.structure.practice.id)).toEqual(['handover', 'software', 'quality', 'work-rules']);
});

for (const { structure, elements } of practices) {
  const { id } = structure.practice;
  for (const [prefix, notice] of [
    ['', '本页内容不属于 GB/T 28827.2'],
    ['/en', 'This page is not part of GB/T 28827.2'],
  ] as const) {
    const path = `${prefix}/practices/${id}/`;
    test(`${path} says it is not the standard and shows every element in catalog order`, async ({ page }) => {
      await page.goto(path);
      await expect(page.locator('main aside').first()).toContainText(notice);
      const ids = await page.locator('main article.element').evaluateAll((els) => els.map((e) => e.id));
      expect(ids).toEqual(elements.map((e) => e.id));
      // Every section is in the table of contents, though the catalog renders it.
      const toc = page.locator('starlight-toc nav');
      for (const chapter of structure.chapters) {
        await expect(toc.locator(`a[href="#section-${chapter.number}"]`)).toHaveCount(1);
        for (const clause of chapter.clauses)
          await expect(toc.locator(`a[href="#section-${clause.number.replace('.', '-')}"]`)).toHaveCount(1);
      }
      await expect(page.locator('main a[href$="/assess/?catalog=' + id + '"]').first()).toBeVisible();
    });
  }
}

test('a deep link opens the element, and its related GB/T 28827.2 element links to its clause', async ({ page }) => {
  const { elements } = practices.find((p) => p.structure.practice.id === 'handover')!;
  const el = elements.find((e) => e.related.some((r) => r.startsWith('D')))!;
  const ref = el.related.find((r) => r.startsWith('D'))!;
  await page.goto(`/practices/handover/#${el.id}`);
  const card = page.locator(`article[id="${el.id}"]`);
  await expect(card).toBeInViewport();
  await expect(card).toContainText(el.origin!['zh-CN']);
  const clause = delivery.elements.find((e) => e.id === ref)!.clause;
  await card.locator(`a[href="/${clause.replace('.', '-')}/#${ref}"]`).click();
  await expect(page.locator(`article[id="${ref}"]`)).toBeInViewport();
});

test('the overview lists every practice with its size and a way into the questionnaire', async ({ page }) => {
  await page.goto('/en/practices/');
  await expect(page.locator('main aside').first()).toContainText('Not part of GB/T 28827.2');
  for (const { structure, elements } of practices) {
    const item = page.locator('.template-list__item', { hasText: structure.practice.title.en });
    await expect(item).toContainText(`${elements.filter((e) => e.kind === 'requirement').length} elements`);
    await expect(item.locator(`a[href="/en/assess/?catalog=${structure.practice.id}"]`)).toHaveCount(1);
  }
});

test('a practice page prints as a checklist: notice and elements, no navigation or questionnaire button', async ({
  page,
}) => {
  await page.goto('/practices/handover/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('main aside').first()).toBeVisible();
  await expect(page.locator('main article.element').first()).toBeVisible();
  await expect(page.locator('.practice-intro__assess')).toBeHidden();
  // Each element gets tick boxes for the levels and a line for notes, which the screen does not show.
  await expect(page.locator('main article.element .element__check').first()).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('main article.element .element__check').first()).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('nav.sidebar, #starlight__sidebar').first()).toBeHidden();
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.byteLength).toBeGreaterThan(10_000);
});
