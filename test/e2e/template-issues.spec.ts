/**
 * The words of a template page's problems are not in its HTML (issue 12): they are fetched the first time the page
 * shows a problem (`/template-issues.<locale>.json`), in the page's language, once; when they cannot be fetched,
 * the field still says that it has a problem, names its code and is marked invalid, and a later edit tries again.
 */
import { expect, test } from './fixtures.ts';
import { templateDictionaries } from '../../src/i18n/templates.ts';
import { watchErrors } from './site.ts';
import { open, saved } from './template-page.ts';

const zh = templateDictionaries['zh-CN'];
const en = templateDictionaries.en;

for (const path of ['/sla/', '/priority/', '/en/plans/']) {
  test(`${path}: a first visit neither carries nor fetches the problem words`, async ({ page, request }) => {
    const html = await (await request.get(path)).text();
    for (const key of ['issue.not-json', 'issue.version-newer', 'type.number'] as const)
      expect(html).not.toContain(key);
    for (const key of ['issue.version-newer', 'issue.hours-order'] as const) {
      expect(html).not.toContain(zh[key].slice(0, 12));
      expect(html).not.toContain(en[key].slice(0, 30));
    }
    const asked: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('template-issues')) asked.push(r.url());
    });
    await open(page, path);
    await saved(page);
    await page.waitForLoadState('networkidle');
    expect(asked).toEqual([]);
  });
}

test('a problem is worded in the page’s language once its words arrive, fetched once', async ({ page }) => {
  const errors = watchErrors(page);
  const asked: string[] = [];
  page.on('request', (r) => {
    if (r.url().includes('template-issues')) asked.push(new URL(r.url()).pathname);
  });
  await open(page, '/priority/');
  await saved(page);
  await page.getByLabel('报警（%）').fill('40');
  await expect(page.locator('#pr-threshold-alarm-error')).toHaveText(zh['issue.thresholds-order']);
  await page.getByLabel('文档名称').fill('');
  await expect(page.locator('#pr-title-error')).toHaveText(zh['issue.empty']);
  expect(asked).toEqual(['/template-issues.zh-CN.json']);
  expect(errors).toEqual([]);
});

test('words that cannot be fetched: the field says it has a problem and its code; a later edit tries again', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.route('**/template-issues.en.json', (route) => route.abort());
  await open(page, '/en/priority/');
  await saved(page);
  const alarm = page.getByLabel('Alarm (%)');
  await alarm.fill('40');
  const error = page.locator('#pr-threshold-alarm-error');
  await expect(error).toHaveText(en['issue.unavailable'].replace('{code}', 'thresholds-order'));
  await expect(alarm).toHaveAttribute('aria-invalid', 'true');
  await expect(alarm).toHaveAttribute('aria-describedby', /pr-threshold-alarm-error/);
  // The words are reachable again; a retry waits a few seconds after a failure, then the next edit fetches them.
  await page.unroute('**/template-issues.en.json');
  await page.waitForTimeout(5_500);
  await alarm.fill('30');
  await expect(error).toHaveText(en['issue.thresholds-order']);
  // The aborted request is the only error.
  expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
});
