/**
 * The assessment questionnaire (/assess/): create, answer, reload, manage, examples, import, in both
 * languages, with axe on every step and its error states. Each test has a fresh browser context, so its own
 * empty IndexedDB.
 */
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { axeViolations, watchErrors } from './site.ts';

const fixture = (name: string) => `test/fixtures/${name}`;

/** The start view, loaded and ready. */
async function openStart(page: Page, path = '/assess/') {
  await page.goto(path);
  await expect(page.getByTestId('view-heading')).toBeVisible();
}

/** Waits until every change so far is written to the browser's store. */
async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

async function createAssessment(page: Page, title: string, subject = '示例供方') {
  await page.getByLabel('评估名称').fill(title);
  await page.getByLabel('被评估供方').fill(subject);
  await page.getByRole('button', { name: '创建并开始评估' }).click();
  await expect(page.getByTestId('view-heading')).toHaveText(title);
  await saved(page);
  return page.url().split('#/a/')[1]!;
}

/** A clause's link in the overview's task list (the sidebar links the spec page of the same name). */
const taskLink = (page: Page, clause: string) => page.locator(`li[data-clause="${clause}"] a`);
const element = (page: Page, id: string) => page.locator(`fieldset[data-element="${id}"]`);
const card = (page: Page, title: string | RegExp) => page.getByTestId('saved-assessment').filter({ hasText: title });
const level = (fieldset: Locator, value: string) => fieldset.locator(`input[type="radio"][value="${value}"]`);

test.describe('questionnaire (zh-CN)', () => {
  test('create, answer by mouse and keyboard, reload: nothing is lost', async ({ page }) => {
    // Several axe runs and a reload: slow on a busy machine.
    test.slow();
    const errors = watchErrors(page);
    await openStart(page);
    await expect(page.getByTestId('view-heading')).toHaveText('我的评估');
    await expect(page.getByTestId('saved-empty')).toBeVisible();
    expect(await axeViolations(page), 'start view').toEqual([]);

    // The form names each missing field, next to it, and focuses the first.
    await page.getByRole('button', { name: '创建并开始评估' }).click();
    const title = page.getByLabel('评估名称');
    await expect(title).toBeFocused();
    await expect(title).toHaveAttribute('aria-invalid', 'true');
    await expect(title).toHaveAccessibleDescription(/请填写评估名称/);
    await expect(page.getByLabel('被评估供方')).toHaveAccessibleDescription(/请填写被评估供方/);
    expect(await axeViolations(page), 'create form with errors').toEqual([]);

    await page.getByLabel('需方评价').check();
    await page.getByLabel('6.5 调研评估').uncheck();
    const id = await createAssessment(page, '2025 年度交付能力评价', '星河数据运维');
    await expect(page.getByTestId('view-heading')).toBeFocused();
    await expect(page.locator('li[data-clause="6.5"]')).toContainText('不在范围内');
    await expect(page.locator('li[data-clause="6.5"] a')).toHaveCount(0);
    await expect(page.locator('li[data-clause="8.6"]')).toContainText('不在范围内');
    await expect(page.getByTestId('report-link')).toHaveAttribute('href', `/report/#${id}`);
    expect(await axeViolations(page), 'overview').toEqual([]);

    await taskLink(page, '5.2').click();
    await expect(page).toHaveURL(new RegExp(`#/a/${id}/5\\.2$`));
    await expect(page.getByTestId('view-heading')).toHaveText('5.2 交付策划');
    await expect(page.getByTestId('view-heading')).toBeFocused();

    // Mouse: the label of a level.
    const plan01 = element(page, 'DM-PLAN-01');
    await expect(plan01.locator('legend').first()).toContainText('DM-PLAN-01');
    await plan01.locator('label', { hasText: '完全实施' }).click();
    await expect(level(plan01, 'F')).toBeChecked();
    await expect(plan01.getByRole('link', { name: '在规范页面查看 DM-PLAN-01' })).toHaveAttribute(
      'href',
      '/5-2/#DM-PLAN-01',
    );
    // The rubric of each level describes its radio button.
    await expect(level(plan01, 'N')).toHaveAccessibleDescription(/.+/);

    // Keyboard: Space picks the focused level, arrow keys move along the group.
    const plan02 = element(page, 'DM-PLAN-02');
    await level(plan02, 'N').focus();
    await page.keyboard.press('Space');
    await expect(level(plan02, 'N')).toBeChecked();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(level(plan02, 'L')).toBeChecked();
    await expect(level(plan02, 'L')).toBeFocused();

    // Notes keep the spaces typed between words; the flag and evidence save too. They fold away until used.
    await expect(plan01.getByLabel('备注')).toBeHidden();
    await plan01.locator('summary').click();
    await plan01.getByLabel('备注').pressSequentially('协议 已签署 v2');
    await plan01.getByLabel('标记为待复核').check();
    await plan01.getByLabel('证据名称').fill('服务级别协议 2025');
    await plan01.getByLabel(/^链接/).fill('javascript:alert(1)');
    await plan01.getByRole('button', { name: '添加证据' }).click();
    await expect(plan01.getByLabel(/^链接/)).toHaveAccessibleDescription(/http:\/\/ 或 https:\/\//);
    await expect(plan01.getByLabel(/^链接/)).toBeFocused();
    await plan01.getByLabel(/^链接/).fill('https://docs.example.com/sla-2025');
    await plan01.getByRole('button', { name: '添加证据' }).click();
    await expect(plan01.getByRole('link', { name: '服务级别协议 2025' })).toHaveAttribute(
      'href',
      'https://docs.example.com/sla-2025',
    );

    // NA without a justification: an error linked to the field, and the element counts as unanswered.
    const plan04 = element(page, 'DM-PLAN-04');
    await level(plan04, 'NA').check();
    const justification = plan04.getByLabel('不适用的理由');
    await expect(justification).toHaveAttribute('aria-invalid', 'true');
    await expect(justification).toHaveAccessibleDescription(/没有理由时，本要素按未回答计算/);
    await expect(plan04.getByTestId('element-state')).toHaveText('未回答');
    await expect(page.getByTestId('clause-progress')).toHaveText('本条已回答 2 / 14 项适用要素');
    expect(await axeViolations(page), 'clause view with an NA error').toEqual([]);
    await justification.fill('预算由需方统一编制');
    await expect(plan04.getByTestId('justification-error')).toHaveCount(0);
    await expect(plan04.getByTestId('element-state')).toHaveText('已回答');
    await expect(page.getByTestId('clause-progress')).toHaveText('本条已回答 2 / 13 项适用要素');
    await saved(page);
    await expect(page.getByTestId('save-status')).toContainText('已保存到本浏览器（IndexedDB）');

    await page.reload();
    await expect(page.getByTestId('view-heading')).toHaveText('5.2 交付策划');
    await expect(level(plan01, 'F')).toBeChecked();
    await expect(plan01.locator('summary')).toContainText('有备注，证据 1 项，标记为待复核');
    await expect(plan01.getByLabel('备注')).toHaveValue('协议 已签署 v2');
    await expect(plan01.getByLabel('标记为待复核')).toBeChecked();
    await expect(plan01.getByRole('link', { name: '服务级别协议 2025' })).toBeVisible();
    await expect(level(plan02, 'L')).toBeChecked();
    await expect(level(plan04, 'NA')).toBeChecked();
    await expect(plan04.getByLabel('不适用的理由')).toHaveValue('预算由需方统一编制');

    // Clearing an answer removes it and keeps the focus in the element.
    await plan02.getByRole('button', { name: '清除答案' }).click();
    await expect(level(plan02, 'L')).not.toBeChecked();
    await expect(level(plan02, 'N')).toBeFocused();
    await saved(page);

    await page.getByRole('link', { name: '返回概览' }).first().click();
    const row = page.locator('li[data-clause="5.2"]');
    await expect(row).toContainText('进行中');
    await expect(row).toContainText('已回答 2 / 14');
    await expect(row).toContainText('待复核 1 项');
    expect(errors).toEqual([]);
  });

  test('back and forward move between views and focus their heading', async ({ page }) => {
    const errors = watchErrors(page);
    await openStart(page);
    const id = await createAssessment(page, '导航测试');
    await taskLink(page, '5.3').click();
    await expect(page.getByTestId('view-heading')).toHaveText('5.3 交付实施');
    await page.getByRole('link', { name: /^下一条/ }).click();
    await expect(page).toHaveURL(new RegExp(`#/a/${id}/5\\.4$`));
    await expect(page.getByTestId('view-heading')).toBeFocused();
    await page.goBack();
    await expect(page.getByTestId('view-heading')).toHaveText('5.3 交付实施');
    await expect(page.getByTestId('view-heading')).toBeFocused();
    await page.goBack();
    await expect(page.getByTestId('view-heading')).toHaveText('导航测试');
    await page.goForward();
    await expect(page.getByTestId('view-heading')).toHaveText('5.3 交付实施');
    // Starlight's skip link (#_top) is not a view and leaves the view alone.
    await page.evaluate(() => (location.hash = '#_top'));
    await expect(page.getByTestId('view-heading')).toHaveText('5.3 交付实施');
    await page.goto(`/assess/#/a/${id}/6.5`);
    await expect(page.getByTestId('view-heading')).toHaveText('6.5 调研评估');

    // The scope can be changed on the overview: 6.4 and its result clause 8.5 leave the task list.
    await page.goto(`/assess/#/a/${id}`);
    await page.getByLabel('6.4 优化改善').uncheck();
    await expect(page.locator('li[data-clause="6.4"]')).toContainText('不在范围内');
    await expect(page.locator('li[data-clause="8.5"]')).toContainText('不在范围内');
    await expect(page.getByTestId('notice')).toHaveText('评估范围已更新。');
    await saved(page);
    await page.reload();
    await expect(page.getByLabel('6.4 优化改善')).not.toBeChecked();
    await page.goto(`/assess/#/a/${id}/6.4`);
    await expect(page.locator('.assess-warning')).toContainText('本条不在这项评估的范围内');
    await page.goto('/assess/#/a/no-such-id');
    await expect(page.getByTestId('view-heading')).toHaveText(/没有这项评估/);
    expect(errors).toEqual([]);
  });

  test('6.2 shows the manual’s six parts inside DC-ROUT-02, and the 5.5 note is not a question', async ({ page }) => {
    await openStart(page);
    const id = await createAssessment(page, '子项测试');
    await page.goto(`/assess/#/a/${id}/6.2`);
    const rout02 = element(page, 'DC-ROUT-02');
    for (const part of ['a', 'b', 'c', 'd', 'e', 'f']) await expect(rout02).toContainText(`DC-ROUT-02${part}`);
    await expect(page.locator('fieldset[data-element^="DC-ROUT-02"]')).toHaveCount(1);
    await page.goto(`/assess/#/a/${id}/5.5`);
    await expect(page.locator('fieldset[data-element="DM-IMPR-N01"]')).toHaveCount(0);
    await expect(page.locator('.assess-note')).toContainText('DM-IMPR-N01');
    await expect(element(page, 'DM-IMPR-C01')).toContainText('需方要素');
  });

  test('rename, duplicate, export and delete with confirmation', async ({ page }) => {
    // Several axe runs and a reload: slow on a busy machine.
    test.slow();
    const errors = watchErrors(page);
    await openStart(page);
    await createAssessment(page, '原名');
    await page.getByRole('link', { name: '返回评估列表' }).click();
    await expect(page.getByTestId('view-heading')).toBeFocused();

    await card(page, '原名').getByRole('button', { name: '重命名' }).click();
    const rename = page.getByRole('dialog', { name: '重命名评估' });
    await expect(rename).toBeVisible();
    await expect(rename.getByLabel('新名称')).toBeFocused();
    await rename.getByLabel('新名称').fill('');
    await rename.getByRole('button', { name: '保存名称' }).click();
    await expect(rename.getByLabel('新名称')).toHaveAccessibleDescription('名称不能为空。');
    expect(await axeViolations(page), 'rename dialog with an error').toEqual([]);
    await rename.getByLabel('新名称').fill('新名');
    await rename.getByRole('button', { name: '保存名称' }).click();
    await expect(rename).toBeHidden();
    await expect(card(page, '新名')).toHaveCount(1);
    await expect(page.getByTestId('notice')).toHaveText('已重命名为“新名”。');

    await card(page, '新名').getByRole('button', { name: '复制', exact: true }).click();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(2);
    await expect(card(page, '新名（副本）')).toHaveCount(1);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card(page, '新名（副本）').getByRole('button', { name: '导出 JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('新名（副本）.json');
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { title: string };
    expect(exported).toMatchObject({ title: '新名（副本）', schemaVersion: 2 });

    // Escape cancels; the dialog is labelled and described; the focus returns to its button.
    const deleteCopy = card(page, '新名（副本）').getByRole('button', { name: '删除' });
    await deleteCopy.click();
    const confirm = page.getByRole('dialog', { name: '删除评估？' });
    await expect(confirm).toBeVisible();
    await expect(confirm).toHaveAccessibleDescription(/“新名（副本）”及其全部答案/);
    await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
    expect(await axeViolations(page), 'confirmation dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(confirm).toBeHidden();
    await expect(deleteCopy).toBeFocused();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(2);

    await deleteCopy.click();
    await confirm.getByRole('button', { name: '删除' }).click();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
    await expect(card(page, '新名')).toHaveCount(1);
    await expect(page.getByTestId('notice')).toHaveText('已将“新名（副本）”移到回收站。');
    await expect(page.getByTestId('view-heading')).toBeFocused();
    await saved(page);

    await page.reload();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
    await expect(card(page, '新名')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('loads both example assessments', async ({ page }) => {
    const errors = watchErrors(page);
    await openStart(page);
    await page.getByTestId('example-strong').click();
    await expect(page.getByTestId('import-success')).toContainText('星河数据运维');
    await page.getByTestId('example-weak').click();
    await expect(page.getByTestId('import-success')).toContainText('北岭信息技术');
    await expect(page.getByTestId('saved-assessment')).toHaveCount(2);
    await expect(card(page, /星河/).getByTestId('saved-progress')).toContainText('100%');
    await saved(page);

    await card(page, /北岭/).getByRole('link', { name: '打开' }).click();
    await expect(page.locator('li[data-clause="6.4"]')).toContainText('不在范围内');
    await expect(page.locator('li[data-clause="5.2"]')).toContainText(/已完成|进行中/);
    await page.reload();
    await expect(page.getByTestId('view-heading')).toContainText('北岭');
    expect(errors).toEqual([]);
  });

  const broken: [string, string, RegExp[]][] = [
    ['not-json.json', 'not JSON', [/不是有效的 JSON 文件/]],
    ['unknown-element.json', 'an unknown element', [/要素 DM-PLAN-99 的回答：要素目录中没有要素 DM-PLAN-99/]],
    [
      'na-without-justification.json',
      'NA without justification',
      [/要素 DM-PLAN-04 的不适用理由：DM-PLAN-04 回答为“不适用”，但没有说明理由/],
    ],
    ['wrong-schema-version.json', 'a newer schemaVersion', [/schemaVersion：格式版本比本工具新/, /99/]],
  ];
  for (const [file, what, messages] of broken) {
    test(`importing a file with ${what} names the problem and leaves saved data intact`, async ({ page }) => {
      const errors = watchErrors(page);
      await openStart(page);
      await page.getByTestId('example-strong').click();
      await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
      await saved(page);
      const progress = await page.getByTestId('saved-progress').textContent();

      await page.getByTestId('import-file').setInputFiles(fixture(file));
      const alert = page.getByRole('alert');
      await expect(alert).toContainText(`无法导入 ${file}，已保存的评估没有任何改动。`);
      for (const message of messages) await expect(alert).toContainText(message);
      await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
      await expect(page.getByTestId('saved-progress')).toHaveText(progress!);
      expect(await axeViolations(page), 'import error').toEqual([]);

      await page.reload();
      await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
      await expect(page.getByTestId('saved-progress')).toHaveText(progress!);
      expect(errors).toEqual([]);
    });
  }

  test('an empty file and a file over 5 MB are refused with a clear message', async ({ page }) => {
    await openStart(page);
    const input = page.getByTestId('import-file');
    await input.setInputFiles({ name: 'empty.json', mimeType: 'application/json', buffer: Buffer.from('') });
    await expect(page.getByRole('alert')).toContainText('文件是空的。');
    await input.setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 1, ' '),
    });
    // One byte over the limit reads as over it: the size is rounded up, never down to the limit itself.
    await expect(page.getByRole('alert')).toContainText('文件有 5.1 MB，超过 5 MB 的上限');
    await expect(page.getByTestId('saved-empty')).toBeVisible();
  });

  test('a valid file becomes a new assessment, never silently overwriting one, and its text stays text', async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await openStart(page);
    await createAssessment(page, '已有评估');
    await page.getByRole('link', { name: '返回评估列表' }).click();

    const input = page.getByTestId('import-file');
    await input.setInputFiles(fixture('valid-hostile-text.json'));
    await expect(page.getByTestId('import-success')).toContainText('已将 valid-hostile-text.json 导入为新的评估');
    // The same file again is plainly the same assessment: the user is asked, and keeps both here.
    await input.setInputFiles(fixture('valid-hostile-text.json'));
    const conflict = page.getByTestId('conflict-dialog');
    await expect(conflict).toBeVisible();
    await conflict.getByRole('button', { name: '两者都保留' }).click();
    await expect(page.getByTestId('import-success')).toContainText('已将导入的评估另存为');
    await expect(page.getByTestId('saved-assessment')).toHaveCount(3);
    await expect(card(page, '已有评估')).toHaveCount(1);
    const hostile = card(page, '<img src=x onerror="window.__xss=1">导入测试 <b>bold</b>');
    await expect(hostile).toHaveCount(2);
    await expect(page.locator('.assess-card img, .assess-card b, .assess-card script')).toHaveCount(0);

    await hostile.first().getByRole('link', { name: '打开' }).click();
    await taskLink(page, '5.2').click();
    const plan01 = element(page, 'DM-PLAN-01');
    await expect(plan01.getByLabel('备注')).toHaveValue('<img src=x onerror="window.__xss=3"> 备注');
    await expect(plan01.getByRole('link', { name: '<a href="javascript:alert(1)">x</a>' })).toHaveAttribute(
      'href',
      'https://docs.example.com/e',
    );
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(errors).toEqual([]);
  });

  test('an unreadable record is listed with its problem and deleted only on confirmation', async ({ page }) => {
    const errors = watchErrors(page);
    await openStart(page);
    await createAssessment(page, '完好的评估');
    // A record the schema rejects, written straight into the store the island uses.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('itss-delivery-portal');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('assessments', 'readwrite');
            tx.objectStore('assessments').put({ schemaVersion: 1, title: 'half a record' }, 'broken-record');
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.goto('/assess/#/');
    await page.reload();
    const unreadable = page.getByTestId('unreadable');
    await expect(unreadable).toContainText('记录 broken-record');
    await expect(unreadable).toContainText('subject: is missing');
    await expect(card(page, '完好的评估')).toHaveCount(1);
    expect(await axeViolations(page), 'start view with an unreadable record').toEqual([]);

    await unreadable.getByRole('button', { name: '删除此记录' }).click();
    await page.getByRole('dialog', { name: '删除无法读取的记录？' }).getByRole('button', { name: '删除' }).click();
    await expect(unreadable).toHaveCount(0);
    await saved(page);
    await page.reload();
    await expect(page.getByTestId('view-heading')).toBeVisible();
    await expect(page.getByTestId('unreadable')).toHaveCount(0);
    await expect(card(page, '完好的评估')).toHaveCount(1);
    expect(errors).toEqual([]);
  });
});

test.describe('storage fallbacks', () => {
  test('without IndexedDB, work is kept in localStorage and survives a reload', async ({ page }) => {
    await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
    await openStart(page);
    await createAssessment(page, '本地存储评估');
    await expect(page.getByTestId('save-status')).toContainText('已保存到本浏览器（localStorage）');
    await page.reload();
    await expect(page.getByTestId('view-heading')).toHaveText('本地存储评估');
  });

  test('without any storage, the page warns that work is lost on reload', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('blocked', 'SecurityError');
        },
      });
    });
    await openStart(page);
    // The notice names why the browser database could not be used, and that work is kept in memory only.
    const notice = page.getByTestId('storage-fallback');
    await expect(notice).toHaveAttribute('data-problem', 'unavailable');
    await expect(notice).toContainText('重新加载或关闭页面后会丢失');
    await createAssessment(page, '内存评估');
    await expect(page.getByTestId('save-status')).toContainText('只暂存在内存中');
    expect(await axeViolations(page)).toEqual([]);
  });
});

test.describe('questionnaire (en)', () => {
  test('create, answer, axe on every view', async ({ page }) => {
    // Several axe runs and a reload: slow on a busy machine.
    test.slow();
    const errors = watchErrors(page);
    await openStart(page, '/en/assess/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByTestId('view-heading')).toHaveText('Your assessments');
    expect(await axeViolations(page), 'start view').toEqual([]);

    await page.getByRole('button', { name: 'Create and start' }).click();
    await expect(page.getByLabel('Name of the assessment')).toHaveAccessibleDescription(/Enter a name/);
    expect(await axeViolations(page), 'create form with errors').toEqual([]);

    await page.getByLabel('Name of the assessment').fill('Annual review');
    await page.getByLabel('Supplier assessed').fill('Example Ltd');
    await page.getByRole('button', { name: 'Create and start' }).click();
    await expect(page.getByTestId('view-heading')).toHaveText('Annual review');
    const id = page.url().split('#/a/')[1]!;
    await expect(page.getByTestId('report-link')).toHaveAttribute('href', `/en/report/#${id}`);
    await expect(page.locator('li[data-clause="5.2"]')).toContainText('Not started');
    expect(await axeViolations(page), 'overview').toEqual([]);

    await expect(taskLink(page, '5.2')).toHaveText('5.2 Delivery planning');
    await taskLink(page, '5.2').click();
    const plan01 = element(page, 'DM-PLAN-01');
    await plan01.locator('label', { hasText: 'Fully implemented' }).click();
    await expect(plan01.getByRole('link', { name: 'Read DM-PLAN-01 in the specification' })).toHaveAttribute(
      'href',
      '/en/5-2/#DM-PLAN-01',
    );
    const plan04 = element(page, 'DM-PLAN-04');
    await level(plan04, 'NA').check();
    await expect(plan04.getByLabel('Why it does not apply')).toHaveAccessibleDescription(/counts as unanswered/);
    expect(await axeViolations(page), 'clause view with an NA error').toEqual([]);
    await saved(page);
    await expect(page.getByTestId('save-status')).toContainText('Saved in this browser (IndexedDB)');

    await page.getByRole('link', { name: 'Back to the overview' }).first().click();
    await expect(page.locator('li[data-clause="5.2"]')).toContainText('In progress');
    await expect(page.locator('li[data-clause="5.2"]')).toContainText('1 of 14 answered');

    await page.getByRole('link', { name: 'Back to the list of assessments' }).click();
    await page.getByTestId('import-file').setInputFiles(fixture('unknown-element.json'));
    await expect(page.getByRole('alert')).toContainText('The answer to element DM-PLAN-99: unknown element DM-PLAN-99');
    expect(await axeViolations(page), 'import error').toEqual([]);
    await card(page, 'Annual review').getByRole('button', { name: 'Delete' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the assessment?' });
    await expect(confirm).toBeVisible();
    expect(await axeViolations(page), 'confirmation dialog').toEqual([]);
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(card(page, 'Annual review')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('the dark theme keeps contrast on every view', async ({ page }) => {
    // Several axe runs and a reload: slow on a busy machine.
    test.slow();
    const errors = watchErrors(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await openStart(page, '/en/assess/');
    await page.getByTestId('example-weak').click();
    await expect(page.getByTestId('import-success')).toBeVisible();
    await page.getByTestId('import-file').setInputFiles(fixture('na-without-justification.json'));
    await expect(page.getByRole('alert')).toContainText('The NA justification of element DM-PLAN-04');
    expect(await axeViolations(page), 'start view with messages').toEqual([]);
    await card(page, /Beiling/)
      .getByRole('link', { name: 'Open' })
      .click();
    await expect(page.locator('li[data-clause="6.4"]')).toContainText('Out of scope');
    expect(await axeViolations(page), 'overview').toEqual([]);
    await taskLink(page, '5.2').click();
    const plan03 = element(page, 'DM-PLAN-03');
    await level(plan03, 'NA').check();
    await expect(plan03.getByTestId('justification-error')).toBeVisible();
    expect(await axeViolations(page), 'clause view').toEqual([]);
    expect(errors).toEqual([]);
  });
});

test.describe("times in the reader's own zone", () => {
  // A zone with a half-hour offset, so that a time read in UTC or in the machine's zone cannot pass.
  test.use({ timezoneId: 'Asia/Kolkata' });

  test('the save line and the list of saved assessments', async ({ page }) => {
    const errors = watchErrors(page);
    const kolkata = (ms: number) => new Date(ms + 330 * 60_000).toISOString().slice(0, 16).replace('T', ' ');
    const started = Date.now();
    await openStart(page);
    await createAssessment(page, '时区检查', '示例供方');
    const line = (await page.getByTestId('save-status').textContent()) ?? '';
    const clock = /，(\d{2}:\d{2})$/.exec(line)?.[1];
    expect([kolkata(started), kolkata(Date.now())].map((t) => t.slice(11))).toContain(clock);

    await openStart(page);
    const updated = (await card(page, '时区检查').locator('time').textContent()) ?? '';
    expect(updated).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} \(UTC\+5:30\)$/);
    expect([kolkata(started), kolkata(Date.now())]).toContain(updated.slice(0, 16));
    await expect(card(page, '时区检查').getByTestId('saved-progress')).toContainText('0%');
    expect(errors).toEqual([]);
  });
});
