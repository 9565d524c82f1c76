/**
 * The templates in a browser: filling them in, saving and reloading, exporting and importing (good and broken
 * files), Markdown, the printed layout and accessibility in normal and error states, in zh-CN and en.
 * Every test starts with empty browser storage (Playwright gives each test its own context).
 */
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { TEMPLATE_PAGES } from '../../src/lib/templates.ts';
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

const deadline = (page: Page, milestone: string, target: 'response' | 'resolution') =>
  page.locator(`.priority-deadlines tr[data-milestone="${milestone}"] td[data-target="${target}"]`);

test.describe('priority and escalation calculator', () => {
  test('a Friday-evening request with weekday service hours waits for Monday', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/priority/');
    await expect(page.locator('.example-notice')).toContainText('示例模板，并非标准内容');
    await expect(page.getByLabel('只在服务时间内计时')).toBeChecked();

    await page.locator('#pr-impact').selectOption('medium');
    await page.locator('#pr-urgency').selectOption('high');
    await page.locator('#pr-reported').fill('2025-03-07T18:30');

    await expect(page.locator('.priority-result__summary')).toHaveText('优先级：P2 高');
    await expect(page.locator('.priority-result__clock')).toContainText('2025-03-10 周一 09:00');
    await expect(deadline(page, 'preWarning', 'response')).toHaveText('2025-03-10 周一 09:22:30');
    await expect(deadline(page, 'deadline', 'response')).toHaveText('2025-03-10 周一 09:30');
    await expect(deadline(page, 'escalation', 'response')).toHaveText('2025-03-10 周一 09:37:30');
    await expect(deadline(page, 'deadline', 'resolution')).toHaveText('2025-03-10 周一 17:00');
    await expect(deadline(page, 'escalation', 'resolution')).toHaveText('2025-03-11 周二 10:00');

    const timeline = page.locator('.priority-timeline li');
    await expect(timeline).toHaveCount(10);
    await expect(timeline.first()).toContainText('2025-03-07 周五 18:30');
    await expect(timeline.first()).toContainText('申报');
    await expect(timeline.last()).toContainText('解决升级');

    // Around the clock, the same request is due on Friday evening.
    await page.getByLabel('7×24 小时（全天候计时）').check();
    await expect(deadline(page, 'deadline', 'response')).toHaveText('2025-03-07 周五 19:00');
    await expect(page.locator('.priority-result__clock')).toHaveCount(0);

    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('changes to the matrix and thresholds are saved and come back after a reload', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/priority/');
    await page.locator('#pr-impact').selectOption('medium');
    await page.locator('#pr-urgency').selectOption('high');
    await page.locator('#pr-reported').fill('2025-03-07T18:30');
    await page.getByLabel('影响中、紧急时的优先级').selectOption('P1');
    await expect(page.locator('.priority-result__summary')).toHaveText('优先级：P1 紧急');

    await page.getByLabel('预警（%）').fill('50');
    await page.getByLabel('报警（%）').fill('90');
    await page.getByLabel('升级（%）').fill('150');
    // 15 min × 150 % = 22.5 min of service time from Monday 09:00.
    await expect(deadline(page, 'escalation', 'response')).toHaveText('2025-03-10 周一 09:22:30');
    await page.getByLabel('周五').uncheck();
    await saved(page);

    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByLabel('影响中、紧急时的优先级')).toHaveValue('P1');
    await expect(page.getByLabel('预警（%）')).toHaveValue('50');
    await expect(page.getByLabel('升级（%）')).toHaveValue('150');
    await expect(page.getByLabel('周五')).not.toBeChecked();
    await expect(page.locator('#pr-reported')).toHaveValue('2025-03-07T18:30');
    // Without Friday as a service day the clock still starts on Monday.
    await expect(deadline(page, 'escalation', 'response')).toHaveText('2025-03-10 周一 09:22:30');
    expect(errors).toEqual([]);
  });

  test('bad input gets a message at the field and loses nothing saved', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/priority/');
    await saved(page);
    const alarm = page.getByLabel('报警（%）');
    await alarm.fill('40');
    await expect(page.locator('#pr-threshold-alarm-error')).toHaveText('阈值须依次增大：预警 < 报警 < 升级');
    await expect(alarm).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('.template-status')).toContainText('有 1 处输入需要更正');

    const response = page.getByLabel('P1 响应时限（分钟）');
    await response.fill('15 min');
    await expect(page.locator('#pr-priority-0-responseMinutes-error')).toHaveText('应为整数');
    await expect(page.locator('.template-status')).toContainText('有 2 处输入需要更正');
    await page.getByLabel('文档名称').fill('');
    await expect(page.locator('#pr-title-error')).toHaveText('不能为空');
    await expect(page.locator('.template-status')).toContainText('有 3 处输入需要更正');

    // Export is refused while the document breaks a rule.
    await page.getByRole('button', { name: '导出 JSON' }).click();
    await expect(page.getByRole('alert')).toContainText('更正后才能导出');
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByLabel('报警（%）')).toHaveValue('100');
    await expect(page.getByLabel('P1 响应时限（分钟）')).toHaveValue('15');
    await expect(page.getByLabel('文档名称')).toHaveValue('优先级方案 1');
    expect(errors).toEqual([]);
  });

  test('export JSON, import it again: the same document', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/priority/');
    await page.getByLabel('文档名称').fill('华东区 SLA 方案');
    await page.getByLabel('P2 解决时限（分钟）').fill('600');
    await page.locator('#pr-impact').selectOption('high');
    await saved(page);
    const exported = await download(page, '导出 JSON');
    expect(exported.name).toBe('华东区 SLA 方案.priority.json');
    expect(JSON.parse(exported.text)).toMatchObject({
      schemaVersion: 1,
      template: 'priority',
      title: '华东区 SLA 方案',
    });

    await importFile(page, exported.name, exported.text);
    await expect(page.locator('.template-status')).toContainText('已从“华东区 SLA 方案.priority.json”导入为新文档');
    await saved(page);
    await expect(page.getByLabel('当前文档').locator('option')).toHaveCount(2);
    const again = await download(page, '导出 JSON');
    expect(again.text).toBe(exported.text);
    expect(errors).toEqual([]);
  });

  test('a broken or foreign file gets a clear message and changes nothing', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/priority/');
    await page.getByLabel('升级（%）').fill('140');
    await saved(page);

    await importFile(page, 'broken.json', '{"template": "priority", "schemaVersion": 1,');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('无法导入“broken.json”，现有文档没有任何改动');
    await expect(alert).toContainText('不是有效的 JSON 文件');
    expect(await axeViolations(page)).toEqual([]);

    const checklist = JSON.stringify({ schemaVersion: 1, template: 'checklist-onsite', title: 'x' });
    await importFile(page, 'job.json', checklist);
    await expect(alert).toContainText('这是“checklist-onsite”模板的文件，本页面需要“priority”');

    const exported = JSON.parse((await download(page, '导出 JSON')).text);
    exported.thresholds.alarm = 30;
    exported.priorities[0].responseMinutes = 0;
    await importFile(page, 'edited.json', JSON.stringify(exported));
    await expect(alert).toContainText('thresholds.alarm：阈值须依次增大');
    await expect(alert).toContainText('priorities.0.responseMinutes：不能小于 1');
    await page.getByRole('button', { name: '关闭提示' }).click();
    await expect(alert).toHaveCount(0);

    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByLabel('当前文档').locator('option')).toHaveCount(1);
    await expect(page.getByLabel('升级（%）')).toHaveValue('140');
    expect(errors).toEqual([]);
  });

  test('Markdown in either language, several documents, print layout', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/priority/');
    await page.locator('#pr-impact').selectOption('low');
    await page.locator('#pr-urgency').selectOption('low');
    await page.locator('#pr-reported').fill('2025-03-07T18:30');
    await saved(page);
    const zh = await download(page, '导出 Markdown');
    expect(zh.name).toBe('优先级方案 1.priority.md');
    expect(zh.text).toContain('| 影响大 | P1 紧急 | P2 高 | P3 中 |');
    expect(zh.text).toContain('- 优先级：**P4 低**');
    await page.getByLabel('导出语言').selectOption('en');
    const en = await download(page, '导出 Markdown');
    expect(en.text).toContain('| Priority | Response | Resolution |');
    expect(en.text).toContain('not figures from the standard');

    await page.getByRole('button', { name: '新建文档' }).click();
    await expect(page.getByLabel('文档名称')).toHaveValue('优先级方案 2');
    await expect(page.locator('#pr-impact')).toHaveValue('');
    await page.getByRole('button', { name: '删除文档' }).click();
    await page.getByRole('button', { name: '确定删除' }).click();
    await expect(page.getByLabel('文档名称')).toHaveValue('优先级方案 1');
    await expect(page.locator('#pr-impact')).toHaveValue('low');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.template-print')).toBeVisible();
    await expect(page.locator('.template-print')).toContainText('示例模板，并非标准内容');
    await expect(page.locator('.template-screen')).toBeHidden();
    await expect(page.locator('.page > header')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    expect(await printedPages(page)).toBe(1);
    expect(errors).toEqual([]);
  });

  test('in English', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/en/priority/');
    await expect(page.locator('.example-notice')).toContainText('Example template, not part of the standard');
    await page.locator('#pr-impact').selectOption('high');
    await page.locator('#pr-urgency').selectOption('high');
    await page.locator('#pr-reported').fill('2025-03-07T17:50');
    await expect(page.locator('.priority-result__summary')).toHaveText('Priority: P1 Critical');
    // 10 minutes before closing on Friday, the other 5 on Monday morning.
    await expect(deadline(page, 'deadline', 'response')).toHaveText('2025-03-10 Mon 09:05');
    await expect(deadline(page, 'deadline', 'resolution')).toHaveText('2025-03-10 Mon 12:50');
    await page.getByLabel('Alarm (%)').fill('20');
    await expect(page.locator('#pr-threshold-alarm-error')).toHaveText(
      'thresholds must rise: pre-warning < alarm < escalation',
    );
    expect(await axeViolations(page)).toEqual([]);
    await importFile(page, 'bad.json', '[1, 2]');
    await expect(page.getByRole('alert').last()).toContainText('the file must contain a JSON object');
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe('delivery checklists', () => {
  const cases = [
    {
      path: '/checklist-onsite/',
      items: 13,
      job: {
        工单号: 'INC-0042',
        工程师: '张工',
        需方联系人: '李经理 138 0000 0000',
        到场时间: '09:05',
        离场时间: '11:40',
      },
      done: ['DW-ONSITE-BEFORE-01', 'DW-ONSITE-ARRIVE-04', 'LEAVE-02'],
      na: 'DW-ONSITE-BEFORE-02',
      labels: {
        done: '完成',
        na: '不适用',
        noteOf: (id: string) => `${id} 的备注`,
        saved: '已保存',
        progress: '完成 3 项，不适用 1 项，待办 9 项，共 13 项。',
      },
    },
    {
      path: '/en/checklist-remote/',
      items: 12,
      job: {
        'Ticket number': 'CHG-7',
        Engineer: 'Wang',
        'Customer contact': 'Ms Li',
        'Started at': '20:00',
        'Ended at': '22:15',
      },
      done: ['DW-REMOTE-BEFORE-03', 'DW-REMOTE-END-02', 'DW-REMOTE-END-03'],
      na: 'DW-REMOTE-BEFORE-02',
      labels: {
        done: 'Done',
        na: 'N/A',
        noteOf: (id: string) => `Note on ${id}`,
        saved: 'Saved',
        progress: '3 done, 1 not applicable, 8 to do, of 12.',
      },
    },
  ];

  for (const c of cases) {
    test(`${c.path}: fill in, reload, print on one A4 page`, async ({ page }) => {
      const errors = watchErrors(page);
      await open(page, c.path);
      await expect(page.locator('.checklist-item')).toHaveCount(c.items);
      for (const [label, value] of Object.entries(c.job)) await page.getByLabel(label, { exact: true }).fill(value);
      await page.locator('#cl-job-date').fill('2025-03-07');
      for (const id of c.done)
        await page.locator(`[data-item="${id}"]`).getByLabel(c.labels.done, { exact: true }).check();
      await page.locator(`[data-item="${c.na}"]`).getByLabel(c.labels.na, { exact: true }).check();
      await expect(page.locator(`#cl-note-${c.na}-hint`)).toBeVisible();
      await page.getByLabel(c.labels.noteOf(c.na)).fill('No risky work in this job; routine check only.');
      await page.getByLabel(c.labels.noteOf(c.done[0]!)).fill('Confirmed with the customer by phone at 08:30.');
      await expect(page.locator('.checklist-progress')).toHaveText(c.labels.progress);
      await saved(page);
      expect(await axeViolations(page)).toEqual([]);

      await page.reload();
      await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
      for (const [label, value] of Object.entries(c.job))
        await expect(page.getByLabel(label, { exact: true })).toHaveValue(value);
      for (const id of c.done)
        await expect(page.locator(`[data-item="${id}"]`).getByLabel(c.labels.done, { exact: true })).toBeChecked();
      await expect(page.getByLabel(c.labels.noteOf(c.na))).toHaveValue(
        'No risky work in this job; routine check only.',
      );
      await expect(page.locator('.checklist-progress')).toHaveText(c.labels.progress);

      await page.emulateMedia({ media: 'print' });
      const printout = page.locator('.template-print');
      await expect(printout).toBeVisible();
      await expect(printout).toContainText(Object.values(c.job)[0]!);
      await expect(printout.locator('.print-items tbody tr:not(.print-group)')).toHaveCount(c.items);
      await expect(printout.locator('.print-box--on')).toHaveCount(c.done.length + 1);
      await expect(page.locator('.template-screen')).toBeHidden();
      await page.emulateMedia({ media: 'screen' });
      expect(await printedPages(page)).toBe(1);
      expect(errors).toEqual([]);
    });
  }

  test('the on-site leaving group is marked as suggested, not from the standard', async ({ page }) => {
    await open(page, '/checklist-onsite/');
    const group = page.locator('[data-group="leaving"]');
    await expect(group.locator('h3')).toHaveText('离开现场前（建议做法，非标准要求）');
    await expect(group.locator('.checklist-group__note')).toContainText('不是标准的要求');
    await expect(group.getByRole('link', { name: '参照 DW-REMOTE-END-02' })).toHaveAttribute(
      'href',
      '/7-3/#DW-REMOTE-END-02',
    );
    await expect(page.locator('[data-item="DW-ONSITE-BEFORE-01"] a')).toHaveAttribute(
      'href',
      '/7-2/#DW-ONSITE-BEFORE-01',
    );
  });

  test('a blank checklist prints on one page too, and a remote file is refused on the on-site page', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await open(page, '/checklist-remote/');
    await saved(page);
    expect(await printedPages(page)).toBe(1);
    const remote = await download(page, '导出 JSON');
    await open(page, '/checklist-onsite/');
    await importFile(page, remote.name, remote.text);
    await expect(page.getByRole('alert')).toContainText(
      '这是“checklist-remote”模板的文件，本页面需要“checklist-onsite”',
    );
    expect(await axeViolations(page)).toEqual([]);
    await open(page, '/checklist-remote/');
    await importFile(page, remote.name, remote.text);
    await expect(page.getByLabel('当前文档').locator('option')).toHaveCount(2);
    expect(errors).toEqual([]);
  });
});

test('element cards link to the template that produces their evidence', async ({ page }) => {
  await page.goto('/7-3/');
  await expect(page.locator('#DW-REMOTE-END-02 .element__templates a')).toHaveAttribute('href', '/checklist-remote/');
  await page.goto('/en/7-2/');
  await expect(page.locator('#DW-ONSITE-ARRIVE-01 .element__templates a')).toHaveText('On-site delivery checklist');
  await page.goto('/6-3/');
  await expect(page.locator('#DC-RESP-06 .element__templates a')).toHaveAttribute('href', '/priority/');
  await expect(page.locator('#DC-RESP-01 .element__templates a')).toHaveAttribute('href', '/sla/');
  await expect(page.locator('#DC-RESP-04 .element__templates')).toHaveCount(0);
  await page.goto('/5-2/');
  await expect(page.locator('#DM-PLAN-08 .element__templates a')).toHaveText('服务级别协议生成器');
  await expect(page.locator('#DM-PLAN-03 .element__templates a')).toHaveAttribute('href', '/plans/');
  await page.goto('/en/6-2/');
  await expect(page.locator('#DC-ROUT-02c .element__templates a')).toHaveText('Plans and reports');
  await page.goto('/6-5/');
  await expect(page.locator('#DC-EVAL-02 .element__templates a')).toHaveAttribute('href', '/plans/');
  await expect(page.locator('#DC-EVAL-05 .element__templates')).toHaveCount(0);
  await page.goto('/templates/');
  // Every template with a page is on the hub, the handover readiness checklist (a related practice) among them.
  await expect(page.locator('.template-list__item')).toHaveCount(Object.keys(TEMPLATE_PAGES).length);
  await expect(page.locator('.template-list__item a.template-list__link[href="/practices/handover/"]')).toHaveCount(1);
});

test.describe('SLA builder', () => {
  test('fill in, reload, warnings, export and import, broken file, print', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/sla/');
    await expect(page.locator('.example-notice')).toBeVisible();
    const missing = page.locator('.sla-missing li');
    await expect(missing).toHaveCount(13);
    await expect(page.locator('.sla-missing li[data-section="assessment"]')).toContainText('DM-PLAN-08');
    await expect(page.getByLabel('优先级', { exact: true }).first()).toHaveValue('P1 紧急');

    await page.getByLabel('供方').fill('某运维公司');
    await page.getByRole('button', { name: '添加服务' }).click();
    await page.getByLabel('服务名称').fill('服务器硬件维护');
    await page.getByLabel('服务类别').selectOption('hardware');
    await page.getByLabel('例行操作 (6.2)').check();
    await page.getByLabel('现场交付 (7.2)').check();
    await page.locator('#sla-field-serviceHours').fill('工作日 9:00–18:00');
    await page.locator('#sla-field-assessment').fill('每季度考核一次');
    await page.getByRole('button', { name: '添加指标' }).click();
    await page.locator('#sla-indicator-0-name').fill('系统可用率');
    await page.locator('#sla-indicator-0-target').fill('≥ 99.9%');
    await page.locator('#sla-indicator-0-calculation').fill('(总时间 − 停机时间) ÷ 总时间');
    // services, delivery mode (every service names its mode), hours, assessment and indicators are settled
    await expect(missing).toHaveCount(8);
    await expect(page.locator('.sla-missing li[data-section="assessment"]')).toHaveCount(0);
    await expect(page.locator('.sla-missing li[data-section="rewardsPenalties"]')).toContainText('DM-PLAN-08');
    await saved(page);
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.getByLabel('服务名称')).toHaveValue('服务器硬件维护');
    await expect(page.getByLabel('现场交付 (7.2)')).toBeChecked();
    await expect(page.locator('#sla-field-assessment')).toHaveValue('每季度考核一次');
    await expect(missing).toHaveCount(8);

    // Export is allowed with sections missing; the Markdown lists them.
    const md = await download(page, '导出 Markdown');
    expect(md.text).toContain('## 1. 服务范围与服务对象');
    expect(md.text).toContain('## 尚未约定的事项');
    const json = await download(page, '导出 JSON');
    expect(json.name).toMatch(/\.sla\.json$/);
    await importFile(page, json.name, json.text);
    await expect(page.locator('.template-status')).toContainText('已从');
    await expect(page.getByLabel('当前文档').locator('option')).toHaveCount(2);
    await expect(page.getByLabel('服务名称')).toHaveValue('服务器硬件维护');
    const again = await download(page, '导出 JSON');
    const strip = (text: string) => ({ ...(JSON.parse(text) as Record<string, unknown>), updated: '' });
    expect(strip(again.text)).toEqual(strip(json.text));

    // A broken file changes nothing.
    await importFile(page, 'broken.sla.json', json.text.replace('"hardware"', '"cloud"'));
    await expect(page.getByRole('alert')).toContainText('services.0.category');
    await expect(page.getByLabel('当前文档').locator('option')).toHaveCount(2);
    await expect(page.getByLabel('服务名称')).toHaveValue('服务器硬件维护');
    expect(await axeViolations(page)).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.template-print')).toBeVisible();
    await expect(page.locator('.template-print')).toContainText('服务器硬件维护');
    await expect(page.locator('.template-screen')).toBeHidden();
    await expect(page.locator('.page > header')).toBeHidden();
    await expect(page.locator('#starlight__sidebar')).toBeHidden();
    await expect(page.getByRole('navigation').first()).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    expect(await fitsA4Width(page)).toBe(true);
    expect(errors).toEqual([]);
  });

  test('the export words load with the first export in their language; a failed load says so and changes nothing', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    const asked: string[] = [];
    page.on('request', (r) => {
      if (/template-strings\./.test(r.url())) asked.push(new URL(r.url()).pathname);
    });
    await open(page, '/sla/');
    await page.getByRole('button', { name: '添加服务' }).click();
    await page.getByLabel('服务名称').fill('Servers');
    await page.getByLabel('服务类别').selectOption('hardware');
    await saved(page);
    const zh = await download(page, '导出 Markdown');
    expect(zh.text).toContain('## 1. 服务范围与服务对象');
    // The page's own language too: the island does not carry the exports' words.
    expect(asked).toEqual(['/template-strings.zh-CN.json']);

    // Offline before the English words were ever fetched: a message in the page's language, no file, nothing lost.
    const en = await englishExportAfterFailedWords(page, async () => {
      await expect(page.getByLabel('服务名称')).toHaveValue('Servers');
      await expect(page.getByLabel('服务类别')).toHaveValue('hardware');
    });
    expect(en.text).toContain('## 1. Scope: services and objects');
    expect(en.text).toContain('Hardware O&M');
    expect(en.text).not.toContain('服务范围');
    // Fetched once: a second export in English uses the words already loaded.
    await download(page, '导出 Markdown');
    expect(asked).toEqual(['/template-strings.zh-CN.json', '/template-strings.en.json', '/template-strings.en.json']);
    // The aborted request is the only error.
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });

  test('English: a rule broken shows its message, keeps the saved draft and passes axe', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/en/sla/');
    await expect(page.getByLabel('Priority', { exact: true }).first()).toHaveValue('P1 Critical');
    await page.locator('#sla-field-security').fill('Sign a confidentiality agreement.');
    await saved(page);
    await page.getByLabel('Start date').fill('2025-04-01');
    await page.getByLabel('End date').fill('2025-03-01');
    await expect(page.locator('#sla-term-end-error')).toContainText('must not be before the start date');
    await expect(page.locator('.template-status')).toContainText('need correcting');
    expect(await axeViolations(page)).toEqual([]);
    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#sla-field-security')).toHaveValue('Sign a confidentiality agreement.');
    await expect(page.locator('.sla-missing li[data-section="security"]')).toHaveCount(0);
    expect(await fitsA4Width(page)).toBe(true);
    expect(errors).toEqual([]);
  });
});

test.describe('service catalogue', () => {
  test('filter, add an example and an own service to the SLA draft, which the SLA page then shows', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await open(page, '/service-catalogue/');
    await expect(page.locator('.catalogue-card')).toHaveCount(11);
    await expect(page.locator('.catalogue-card').first()).toContainText('门户示例');
    await page.getByLabel('服务类别', { exact: true }).selectOption('software');
    await page.getByLabel('交付内容', { exact: true }).selectOption('optimization');
    await expect(page.locator('.catalogue-card')).toHaveCount(1);
    await page.getByRole('button', { name: '将“数据库运维”加入服务级别协议草案' }).click();
    await expect(page.locator('.catalogue-added')).toContainText(
      '已新建服务级别协议草案“服务级别协议草案 1”，并加入“数据库运维”。',
    );
    expect(await axeViolations(page)).toEqual([]);

    // An own service, saved with the catalogue document.
    await page.getByRole('button', { name: '添加服务' }).click();
    await page.locator('#cat-service-0-name').fill('打印机维护');
    await page.locator('#cat-service-0-objects').fill('全部办公打印机');
    await saved(page);
    await page.getByRole('button', { name: '将“打印机维护”加入服务级别协议草案' }).click();
    await expect(page.locator('.catalogue-added')).toContainText(
      '已将“打印机维护”加入服务级别协议草案“服务级别协议草案 1”。',
    );
    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#cat-service-0-name')).toHaveValue('打印机维护');

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.template-print')).toContainText('打印机维护');
    await expect(page.locator('.template-screen')).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    expect(await fitsA4Width(page)).toBe(true);

    await open(page, '/sla/');
    await expect(page.locator('#sla-service-0-name')).toHaveValue('数据库运维');
    await expect(page.locator('#sla-service-0-category')).toHaveValue('software');
    await expect(page.locator('#sla-service-1-name')).toHaveValue('打印机维护');
    await expect(page.locator('.sla-missing li[data-section="services"]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('English: a broken file keeps the catalogue and passes axe', async ({ page }) => {
    const errors = watchErrors(page);
    await open(page, '/en/service-catalogue/');
    await page.getByLabel('Delivery mode', { exact: true }).selectOption('onsite');
    await expect(page.locator('.catalogue-count')).toContainText('Showing');
    await page.getByRole('button', { name: 'Add a service' }).click();
    await page.locator('#cat-service-0-name').fill('Printer care');
    await saved(page);
    const json = await download(page, 'Export JSON');
    await importFile(page, 'broken.json', json.text.replace('"other"', '"cloud"'));
    await expect(page.getByRole('alert')).toContainText('services.0.category');
    await expect(page.locator('#cat-service-0-name')).toHaveValue('Printer care');
    expect(await axeViolations(page)).toEqual([]);
    await importFile(page, json.name, json.text);
    await expect(page.getByLabel('Current document').locator('option')).toHaveCount(2);
    expect(errors).toEqual([]);
  });
});

test.describe('the time a template was saved', () => {
  // A zone with a half-hour offset, so that a time read in UTC or in the machine's zone cannot pass.
  test.use({ timezoneId: 'Asia/Kolkata' });

  test("is told in the reader's own zone, in both languages", async ({ page }) => {
    const errors = watchErrors(page);
    const stamp = /\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC\+5:30\)/;
    await open(page, '/sla/');
    await saved(page);
    await expect(page.locator('.template-status')).toContainText('已保存在本浏览器（IndexedDB），');
    await expect(page.locator('.template-status')).toContainText(stamp);
    const shown = (await page.locator('.template-status').textContent()) ?? '';
    const time = stamp.exec(shown)?.[0] ?? '';
    // Within a minute of now, read in Kolkata (UTC+5:30) by the test itself.
    const now = Date.now();
    const kolkata = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    expect([kolkata(now), kolkata(now - 60_000)]).toContain(time.slice(0, 16));

    await open(page, '/en/priority/');
    await saved(page);
    await expect(page.locator('.template-status')).toContainText('Saved in this browser (IndexedDB) at ');
    await expect(page.locator('.template-status')).toContainText(stamp);
    expect(errors).toEqual([]);
  });
});
