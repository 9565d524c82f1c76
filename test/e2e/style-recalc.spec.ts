/**
 * Issue 12: answering a question restyles the question, not the page. Chromium's trace names how many elements
 * each style recalculation touched (`UpdateLayoutTree`, `elementCount`): a count, not a time, so it holds on a
 * slow machine. Changing an N/A answer to a level (which removes the justification field) once restyled 774
 * elements, because a `:has()` rule on an ancestor of the questionnaire looked into it; it now restyles about 50.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { example, seed } from './seed.ts';

/** The most elements any one style recalculation touched while `act` ran. */
async function mostRestyled(page: Page, act: () => Promise<void>): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  const events: { name: string; args?: { elementCount?: number } }[] = [];
  cdp.on('Tracing.dataCollected', (d) => events.push(...(d.value as unknown as typeof events)));
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
  await act();
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const counts = events.filter((e) => e.name === 'UpdateLayoutTree').map((e) => e.args?.elementCount ?? 0);
  expect(counts.length, 'style recalculations traced').toBeGreaterThan(0);
  return Math.max(...counts);
}

for (const width of [1280, 390]) {
  test(`/assess/ at ${width} px: changing an N/A answer to a level restyles the question, not the page`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 800 });
    await seed(page, '/assess/', [['recalc', example('weak-supplier')]]);
    await page.goto('/assess/#/a/recalc/5.2');
    const question = page.locator('fieldset[data-element]').filter({ has: page.locator('input[value="NA"]:checked') });
    await expect(question.first()).toBeVisible();
    const id = await question.first().getAttribute('data-element');
    const fieldset = page.locator(`fieldset[data-element="${id}"]`);
    const total = await page.locator('.sl-markdown-content *').count();

    const restyled = await mostRestyled(page, async () => {
      await fieldset.locator('input[value="L"]').check();
      await expect(fieldset.locator('textarea[required]')).toHaveCount(0);
      // Two frames, so the change is styled within the trace.
      await page.evaluate(
        () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
      );
    });
    expect(total, 'elements in the page content').toBeGreaterThan(500);
    expect(restyled, `elements restyled by one answer, of ${total}`).toBeLessThan(150);
  });
}

/**
 * The report is drawn a part per turn; each part lays out on its own (`contain: layout style` in report.css), so
 * a part added moves the parts below as whole boxes (the bench traced about 60% less pre-paint). On paper the
 * parts are not contained, so pages still break inside them.
 */
test('the report: every part is laid out on its own on screen, none in print', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await seed(page, '/report/', [['contained', example('weak-supplier')]]);
  await page.goto('/report/#contained');
  await expect(page.locator('[data-testid="report"][data-drawn="true"]')).toBeVisible();
  const contain = () =>
    page
      .locator('[data-testid="report"] > *')
      .evaluateAll((parts) =>
        parts.map((p) => `${p.tagName.toLowerCase()}.${p.className}: ${getComputedStyle(p).contain}`),
      );
  const onScreen = await contain();
  expect(onScreen.length, 'parts of the report').toBeGreaterThan(8);
  for (const part of onScreen) expect(part).toMatch(/: layout style$/);
  await page.emulateMedia({ media: 'print' });
  for (const part of await contain()) expect(part).toMatch(/: none$/);
});
