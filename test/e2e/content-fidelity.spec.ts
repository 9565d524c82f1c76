/**
 * Faithful to the standard, as a user sees it: chapter 8 elements (built from the clauses' official lead-ins, and
 * scored) are marked in the questionnaire, the report and the element index; element cards set good practice
 * beyond the standard apart; the scoring method says it is the portal's own. Screenshots of an element card with
 * the note are written to screenshots/ (desktop and phone, zh-CN and en) for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { expect, test } from './fixtures.ts';
import type { Locale } from '../../src/catalog/schema.ts';
import { REPORT_DICTIONARIES } from '../../src/i18n/report-export.ts';
import { assessDictionaries } from '../../src/i18n/assess.ts';
import { REPORT_UI_DICTIONARIES } from '../../src/i18n/report.ts';
import { dictionaries } from '../../src/i18n/ui.ts';
import { axeViolations } from './site.ts';
import { example, seed } from './seed.ts';

const LOCALES: Locale[] = ['zh-CN', 'en'];
const prefix = (locale: Locale) => (locale === 'en' ? '/en' : '');
/** The chapter 8 elements: one per clause 8.2–8.6, all from the official lead-ins. */
const LEAD_IN = ['DR-MGMT-01', 'DR-ROUT-01', 'DR-RESP-01', 'DR-OPT-01', 'DR-EVAL-01'];
/** Islands load the catalog and IndexedDB first; on a busy machine that takes a while. */
const LOADED = { timeout: 30_000 };

// Each test loads a page, an island and axe: give a shared, busy machine room.
test.describe.configure({ timeout: 180_000 });

for (const locale of LOCALES) {
  test.describe(`chapter 8 lead-in badge (${locale})`, () => {
    test('questionnaire: each 8.x element carries it, a 5.2 element does not', async ({ page }) => {
      const id = `cf-${locale}`;
      await seed(page, `${prefix(locale)}/assess/`, [[id, example('weak-supplier')]]);
      await page.goto(`${prefix(locale)}/assess/#/a/${id}/8.2`);
      const question = page.locator('fieldset[data-element="DR-MGMT-01"]');
      await expect(question).toBeVisible(LOADED);
      await expect(question.getByTestId('lead-in-badge')).toHaveText(assessDictionaries[locale]['element.leadIn']);
      expect(await axeViolations(page), 'questionnaire 8.2').toEqual([]);
      await page.goto(`${prefix(locale)}/assess/#/a/${id}/5.2`);
      await expect(page.locator('fieldset[data-element="DM-PLAN-01"]')).toBeVisible(LOADED);
      await expect(page.getByTestId('lead-in-badge')).toHaveCount(0);
    });

    test('report: a chapter 8 gap carries it, and the scoring method is the portal’s', async ({ page }) => {
      const id = `cf-report-${locale}`;
      await seed(page, `${prefix(locale)}/report/#${id}`, [[id, example('weak-supplier')]]);
      await expect(page.getByTestId('report')).toHaveAttribute('data-id', id, LOADED);
      const row = page.locator('[data-testid="report-gaps"] tr[data-id="DR-MGMT-01"]');
      await expect(row.getByTestId('lead-in-badge')).toHaveText(REPORT_UI_DICTIONARIES[locale]['badge.leadIn']);
      await expect(
        page.locator('[data-testid="report-gaps"] tr[data-id="DM-PLAN-01"] [data-testid="lead-in-badge"]'),
      ).toHaveCount(0);
      await expect(page.getByTestId('method-note')).toHaveText(REPORT_DICTIONARIES[locale]['method.portal']);
      expect(await axeViolations(page), 'report').toEqual([]);
    });

    test('element index: exactly the chapter 8 elements carry it', async ({ page }) => {
      await page.goto(`${prefix(locale)}/elements/`);
      const badges = page.getByTestId('lead-in-badge');
      await expect(badges).toHaveCount(LEAD_IN.length);
      for (const id of LEAD_IN) {
        await expect(page.locator(`tr[data-id="${id}"]`).getByTestId('lead-in-badge')).toHaveText(
          dictionaries[locale]['badge.leadInScored'],
        );
      }
    });
  });

  test(`element card: good practice beyond the standard is set apart and labelled (${locale})`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/5-2/`);
    const card = page.locator('article#DM-PLAN-13');
    const note = card.getByTestId('element-beyond');
    await expect(note).toBeVisible();
    await expect(note).toContainText(dictionaries[locale]['element.beyond']);
    await expect(note).toContainText(locale === 'en' ? 'drill' : '演练');
    // The rubric's top level no longer asks for drills; the note does, as a suggestion.
    await expect(card.locator('.element__levels')).not.toContainText(locale === 'en' ? 'drill' : '演练');
    // An element with nothing beyond its clause has no note.
    await expect(page.locator('article#DM-PLAN-02').getByTestId('element-beyond')).toHaveCount(0);
    expect(await axeViolations(page), '5.2').toEqual([]);

    mkdirSync('screenshots', { recursive: true });
    for (const [name, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['phone', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await card.scrollIntoViewIfNeeded();
      await card.screenshot({ path: `screenshots/element-card-beyond-${name}-${locale}.png` });
    }
  });

  test(`scoring page says the method is the portal's own (${locale})`, async ({ page }) => {
    await page.goto(`${prefix(locale)}/scoring/`);
    await expect(page.getByTestId('method-note')).toHaveText(REPORT_DICTIONARIES[locale]['method.portal']);
  });
}
