/**
 * Plans and reports in a browser: choosing a kind, filling in text, list and table sections, the warning about
 * empty required sections, saving and reloading, export and import (good and broken files), Markdown, the A4
 * printout, changing the kind without losing anything, bad input, and accessibility, in zh-CN and en. The page's
 * scripts carry no kind words of the other language: an export in it fetches them (and says so when it cannot).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations, watchErrors } from './site.ts';
import {
  download,
  englishExportAfterFailedWords,
  fitsA4Width,
  importFile,
  open,
  printedPages,
  saved,
} from './template-page.ts';

// Filling, printing and re-importing a whole plan takes more than a minute on a busy 2-core machine.
test.describe.configure({ timeout: 180_000 });

const missing = (page: Page) => page.locator('.plans-missing li');

/** Size of the first page of the printed PDF in points, as the page's own CSS (`@page`) sets it. */
async function printedPageSize(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ preferCSSPageSize: true });
  await page.emulateMedia({ media: 'screen' });
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  return box ? { width: Number(box[1]), height: Number(box[2]) } : undefined;
}

test.describe('plans and reports', () => {
  test('an optimization plan: fill in, reload, warnings, export and import, broken file, print on A4', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await open(page, '/plans/');
    await expect(page.getByLabel('文档类型')).toHaveValue('delivery-implementation-plan');
    await expect(missing(page)).toHaveCount(8);

    await page.getByLabel('文档类型').selectOption('optimization-plan');
    await expect(page.locator('.plans-kind')).toContainText('DC-OPT-01');
    await expect(page.locator('.plans-section')).toHaveCount(12);
    await expect(missing(page)).toHaveCount(12);
    await expect(page.locator('.plans-missing li[data-section="rollback"]')).toContainText('回退方案');
    await expect(page.locator('.plans-missing li[data-section="rollback"]')).toContainText('6.4、DC-OPT-01');
    await expect(page.locator('.plans-missing li[data-section="security"] a[href$="#DC-OPT-06"]')).toHaveCount(1);

    await page.getByLabel('文档名称').fill('数据库性能优化方案');
    await page.getByLabel('供方', { exact: true }).fill('某运维公司');
    await page.getByLabel('需方', { exact: true }).fill('某银行');
    await page.getByLabel('版本', { exact: true }).fill('v1.0');
    await page.locator('#plans-header-date').fill('2025-03-07');
    await page.locator('#plans-goals-text').fill('把核心库的平均查询时间降到 50 毫秒以内');
    await page.getByRole('button', { name: '在“步骤”中添加一项' }).click();
    await page.getByLabel('步骤：第 1 项').fill('备份数据库');
    await page.getByRole('button', { name: '在“步骤”中添加一项' }).click();
    await page.getByLabel('步骤：第 2 项').fill('调整索引');
    await page.getByRole('button', { name: '在“风险预案”中添加一行' }).click();
    await page.locator('#plans-risks-0-risk').fill('锁表时间过长');
    await page.locator('#plans-risks-0-likelihood').fill('低；影响交易');
    await page.locator('#plans-risks-0-measure').fill('在维护窗口内执行');
    await page.locator('#plans-rollback-text').fill('查询时间变长即回退到原索引');
    // goals, steps, risks and rollback are settled
    await expect(missing(page)).toHaveCount(8);
    await expect(page.locator('.plans-missing li[data-section="rollback"]')).toHaveCount(0);
    await saved(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByLabel('文档类型')).toHaveValue('optimization-plan');
    await expect(page.getByLabel('文档名称')).toHaveValue('数据库性能优化方案');
    await expect(page.locator('#plans-header-date')).toHaveValue('2025-03-07');
    await expect(page.getByLabel('步骤：第 2 项')).toHaveValue('调整索引');
    await expect(page.locator('#plans-risks-0-measure')).toHaveValue('在维护窗口内执行');
    await expect(page.locator('#plans-rollback-text')).toHaveValue('查询时间变长即回退到原索引');
    await expect(missing(page)).toHaveCount(8);

    // Export is allowed with sections empty; the Markdown lists them.
    const md = await download(page, '导出 Markdown');
    expect(md.name).toBe('数据库性能优化方案.plans.md');
    expect(md.text).toContain('| 供方 | 某运维公司 |');
    expect(md.text).toContain('## 3. 步骤\n\n*依据：6.4、DC-OPT-01*\n\n1. 备份数据库\n2. 调整索引');
    expect(md.text).toContain('| 锁表时间过长 | 低；影响交易 | 在维护窗口内执行 |');
    expect(md.text).toContain('## 尚未填写的章节\n\n- 内容（6.4、DC-OPT-01）');
    const json = await download(page, '导出 JSON');
    expect(json.name).toBe('数据库性能优化方案.plans.json');
    expect(JSON.parse(json.text)).toMatchObject({
      template: 'plans',
      kind: 'optimization-plan',
      sections: { steps: ['备份数据库', '调整索引'] },
    });
    await importFile(page, json.name, json.text);
    await expect(page.locator('.template-status')).toContainText('已从');
    await expect(page.getByLabel('当前文档').locator('option')).toHaveCount(2);
    await expect(page.locator('#plans-risks-0-risk')).toHaveValue('锁表时间过长');
    const again = await download(page, '导出 JSON');
    const strip = (text: string) => ({ ...(JSON.parse(text) as Record<string, unknown>), updated: '' });
    expect(strip(again.text)).toEqual(strip(json.text));

    // A broken file changes nothing and says what is wrong.
    await importFile(page, 'broken.plans.json', json.text.replace('"optimization-plan"', '"budget-plan"'));
    await expect(page.getByRole('alert')).toContainText('kind：取值无效');
    await importFile(page, 'broken2.plans.json', json.text.replace('"likelihood"', '"owner"'));
    await expect(page.getByRole('alert')).toContainText('sections.risks.0：含有未知字段：owner');
    await expect(page.getByLabel('当前文档').locator('option')).toHaveCount(2);
    await expect(page.locator('#plans-risks-0-likelihood')).toHaveValue('低；影响交易');
    expect(await axeViolations(page)).toEqual([]);

    // The printout: only the document, every section of the kind, on A4.
    await page.emulateMedia({ media: 'print' });
    const printout = page.locator('.template-print');
    await expect(printout).toBeVisible();
    await expect(printout.locator('.template-print__title')).toHaveText('数据库性能优化方案');
    await expect(printout.locator('.print-section')).toHaveCount(12);
    await expect(printout.locator('.print-section[data-section="risks"] td')).toContainText([
      '锁表时间过长',
      '低；影响交易',
      '在维护窗口内执行',
    ]);
    await expect(printout.locator('.print-section[data-section="budget"]')).toContainText('待填写');
    await expect(printout.locator('.template-print__note')).toContainText('预算（6.4、DC-OPT-01）');
    await expect(page.locator('.template-screen')).toBeHidden();
    await expect(page.locator('.page > header')).toBeHidden();
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
    await expect(page.locator('main :is(button, input, select, textarea):visible')).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
    const size = await printedPageSize(page);
    expect(size?.width).toBeCloseTo(595.3, 0);
    expect(size?.height).toBeCloseTo(841.9, 0);
    expect(await printedPages(page)).toBeLessThanOrEqual(2);
    expect(await fitsA4Width(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('English: a bad entry is flagged and loses nothing saved; changing the kind keeps every section', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await open(page, '/en/plans/');
    await page.getByLabel('Document kind').selectOption('routine-operation-manual');
    await expect(page.locator('.plans-section')).toHaveCount(8);
    await expect(page.locator('.plans-section[data-suggested="true"]')).toHaveCount(1);
    await expect(page.locator('.plans-section[data-section="revisions"] .plans-source')).toHaveText(
      'Suggested by this portal, not required by the standard (see 6.2)',
    );
    await expect(page.locator('.plans-section[data-section="criteria"] .plans-source')).toHaveText(
      'Source: 6.2, DC-ROUT-02c',
    );
    await expect(missing(page)).toHaveCount(7);
    await page.getByRole('button', { name: 'Add a row to “Normal-state criteria”' }).click();
    await page.locator('#plans-criteria-0-check').fill('Disk usage');
    await page.locator('#plans-criteria-0-criterion').fill('Below 80%');
    await page.getByLabel('Version', { exact: true }).fill('2.1');
    await expect(missing(page)).toHaveCount(6);
    await saved(page);

    await page.getByLabel('Version', { exact: true }).fill('x'.repeat(41));
    await expect(page.locator('#plans-header-version-error')).toHaveText('must be at most 40 characters long');
    await expect(page.getByLabel('Version', { exact: true })).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.template-status')).toContainText('need correcting');
    await page.getByRole('button', { name: 'Export JSON' }).click();
    await expect(page.getByRole('alert')).toHaveText(
      'Some entries need correcting (1) before the document can be exported.',
    );
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByLabel('Version', { exact: true })).toHaveValue('2.1');
    await expect(page.locator('#plans-criteria-0-criterion')).toHaveValue('Below 80%');

    // Another kind hides the manual's sections but keeps them; switching back shows them again.
    await page.getByLabel('Document kind').selectOption('investigation-report');
    await expect(page.locator('.plans-hidden')).toContainText('keeps sections of other kinds (1)');
    await expect(page.locator('.plans-section[data-section="summary"] .plans-source')).toContainText(
      'Suggested by this portal',
    );
    const md = await download(page, 'Export Markdown');
    expect(md.text).toContain('## 1. Summary\n\n*Suggested by this portal, not required by the standard (see 6.5)*');
    expect(md.text).toContain('- Current-state assessment (6.5, DC-EVAL-02)');
    expect(md.text).not.toContain('Disk usage');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByLabel('Document kind').selectOption('routine-operation-manual');
    await expect(page.locator('.plans-hidden')).toHaveCount(0);
    await expect(page.locator('#plans-criteria-0-check')).toHaveValue('Disk usage');
    expect(await fitsA4Width(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the kind words load with the first export in their language; a failed load says so and downloads nothing', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const scripts: Promise<string>[] = [];
    const asked: string[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text());
    });
    page.on('request', (r) => {
      if (/template-strings\./.test(r.url())) asked.push(new URL(r.url()).pathname);
    });
    await open(page, '/plans/');
    await page.getByLabel('文档类型').selectOption('service-report');
    await page.getByRole('button', { name: '在“服务级别达成情况”中添加一行' }).click();
    await page.locator('#plans-slaResults-0-indicator').fill('响应时间');
    await saved(page);
    const zh = await download(page, '导出 Markdown');
    expect(zh.text).toMatch(/## \d+\. 服务级别达成情况/);
    expect(zh.text).toContain('| 指标 | 目标值 | 实际值 | 说明 |');
    // The page's own language too: the island does not carry the exports' words.
    expect(asked).toEqual(['/template-strings.zh-CN.json']);
    // Nothing the page ran (the first load, then the schema on the first edit) holds the English kind words.
    for (const body of await Promise.all(scripts))
      for (const english of ['Delivery check plan', 'Service levels achieved', 'Likelihood and impact'])
        expect(body).not.toContain(english);

    // Offline before the English words were ever fetched: a message in the page's language, no file, nothing lost.
    const en = await englishExportAfterFailedWords(page, async () => {
      await expect(page.locator('#plans-slaResults-0-indicator')).toHaveValue('响应时间');
      await expect(page.getByLabel('文档类型')).toHaveValue('service-report');
    });
    expect(en.text).toContain('Service report, after GB/T 28827.2 5.3');
    expect(en.text).toMatch(/## \d+\. Service levels achieved/);
    expect(en.text).toContain('| Indicator | Target | Actual | Note |');
    expect(en.text).toContain('| 响应时间 |');
    expect(en.text).not.toMatch(/服务报告|服务级别达成情况|目标值/);
    expect(asked).toEqual(['/template-strings.zh-CN.json', '/template-strings.en.json', '/template-strings.en.json']);
    // The editor stays in the page's language.
    await expect(page.locator('.plans-section[data-section="slaResults"] h2')).toHaveText('服务级别达成情况');
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });

  test('English page: no Chinese kind words in its scripts; a Chinese export has the Chinese kind titles', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const scripts: Promise<string>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script') scripts.push(r.text());
    });
    await open(page, '/en/plans/');
    await expect(page.locator('.plans-section[data-section="scope"] h2')).toHaveText('Services and basis');
    await page.getByLabel('Export language').selectOption('zh-CN');
    const zh = await download(page, 'Export Markdown');
    expect(zh.text).toContain('交付实施计划，依据 GB/T 28827.2');
    expect(zh.text).toContain('## 1. 服务范围与依据');
    expect(zh.text).not.toContain('Services and basis');
    for (const body of await Promise.all(scripts))
      for (const chinese of ['交付检查计划', '服务级别达成情况', '可能性与影响']) expect(body).not.toContain(chinese);
    expect(errors).toEqual([]);
  });
});
