/**
 * Undo and backup: deleting an assessment or a template document moves it to the trash with an undo; the trash
 * restores, deletes permanently and empties; "export everything" and "restore from backup" bring everything back
 * and ask for each conflicting ID. Each test has a fresh browser context, so its own empty storage.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures.ts';
import { example, seed } from './seed.ts';
import { axeViolations, watchErrors } from './site.ts';

// Pages take seconds to start on a busy shared machine; these waits are generous so the tests hold there.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const card = (page: Page, title: string) => page.getByTestId('saved-assessment').filter({ hasText: title });
const trashItem = (page: Page, title: string) => page.getByTestId('trash-item').filter({ hasText: title });

async function openStart(page: Page, path = '/assess/') {
  await page.goto(path);
  await expect(page.getByTestId('view-heading')).toBeVisible();
}

async function saved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
}

async function deleteAssessment(page: Page, title: string) {
  await card(page, title).getByRole('button', { name: '删除', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '删除评估？' });
  await expect(dialog).toHaveAccessibleDescription(/移到回收站，30 天内可以恢复/);
  await expect(dialog).not.toContainText('无法恢复');
  await dialog.getByRole('button', { name: '删除', exact: true }).click();
  await expect(card(page, title)).toHaveCount(0);
  await saved(page);
}

/** Deletes every database of the site and clears localStorage, as a user clearing the browser would. */
async function clearStorage(page: Page) {
  await page.goto('/glossary/'); // a page without the stores open
  await page.evaluate(async () => {
    localStorage.clear();
    const names = (await indexedDB.databases()).map((d) => d.name!).filter(Boolean);
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error);
            request.onblocked = () => reject(new Error(`${name} is still open`));
          }),
      ),
    );
  });
}

async function exportEverything(page: Page) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: '导出全部数据' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^gbt28827-backup-\d{4}-\d\d-\d\d-\d{4}\.json$/);
  const path = await download.path();
  return { path, json: JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown> };
}

test.describe('undo and trash', () => {
  test('delete an assessment, then undo', async ({ page }) => {
    const errors = watchErrors(page);
    await seed(page, '/assess/', [['weak', example('weak-supplier')]]);
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
    const title = (await page.getByTestId('saved-assessment').locator('h3').textContent())!;
    await deleteAssessment(page, title);
    await expect(page.getByTestId('notice')).toHaveText(`已将“${title}”移到回收站。`);
    await expect(trashItem(page, title)).toHaveCount(1);
    await expect(page.getByTestId('view-heading')).toBeFocused();
    expect(await axeViolations(page), 'start view with the undo notice and the trash').toEqual([]);

    await page.getByTestId('undo-notice').getByRole('button', { name: '撤销' }).click();
    await expect(card(page, title)).toHaveCount(1);
    await expect(page.getByTestId('notice')).toHaveText(`已恢复“${title}”。`);
    await expect(page.getByTestId('undo-notice')).toHaveCount(0);
    await expect(page.getByTestId('trash-empty')).toBeVisible();
    await page.reload();
    await expect(card(page, title)).toHaveCount(1);
    await expect(page.getByTestId('trash-item')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('delete, then restore from the trash; delete permanently and empty the trash ask first', async ({ page }) => {
    const errors = watchErrors(page);
    const weak = example('weak-supplier') as { title: string };
    const strong = example('strong-supplier') as { title: string };
    await seed(page, '/assess/', [
      ['weak', weak],
      ['strong', strong],
    ]);
    await deleteAssessment(page, weak.title);
    await deleteAssessment(page, strong.title);
    await page.reload(); // the trash outlives the page
    await expect(page.getByTestId('trash-item')).toHaveCount(2);
    await expect(trashItem(page, weak.title)).toContainText('评估');
    await expect(trashItem(page, weak.title)).toContainText('删除于');

    await trashItem(page, weak.title).getByRole('button', { name: '恢复' }).click();
    await expect(card(page, weak.title)).toHaveCount(1);
    await expect(page.getByTestId('data-message')).toHaveText(`已恢复“${weak.title}”。`);

    await trashItem(page, strong.title).getByRole('button', { name: '永久删除' }).click();
    const forever = page.getByRole('dialog', { name: '永久删除？' });
    await expect(forever).toHaveAccessibleDescription(/之后无法恢复/);
    await expect(forever.getByRole('button', { name: '取消' })).toBeFocused();
    expect(await axeViolations(page), 'delete permanently dialog').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(trashItem(page, strong.title)).toHaveCount(1);

    await page.getByRole('button', { name: '清空回收站' }).click();
    const empty = page.getByRole('dialog', { name: '清空回收站？' });
    await expect(empty).toHaveAccessibleDescription(/1 项将被永久删除/);
    await empty.getByRole('button', { name: '永久删除' }).click();
    await expect(page.getByTestId('trash-empty')).toBeVisible();
    await expect(page.getByTestId('data-message')).toHaveText('已清空回收站（1 项）。');
    await page.reload();
    await expect(page.getByTestId('trash-empty')).toBeVisible();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('restoring onto an ID in use again asks replace / keep both / skip', async ({ page }) => {
    const weak = example('weak-supplier') as { title: string };
    await seed(page, '/assess/', [['weak', weak]]);
    await deleteAssessment(page, weak.title);
    // Another record arrives under the same ID (another tab, a restore) while the first waits in the trash.
    await seed(page, '/assess/', [['weak', { ...weak, title: '同编号的另一项' }]]);
    await trashItem(page, weak.title).getByRole('button', { name: '恢复' }).click();
    const dialog = page.getByRole('dialog', { name: '编号已被占用' });
    await expect(dialog).toHaveAccessibleDescription(/“同编号的另一项”编号相同/);
    expect(await axeViolations(page), 'conflict dialog').toEqual([]);
    await dialog.getByRole('button', { name: '两者都保留' }).click();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(2);
    await expect(card(page, weak.title)).toHaveCount(1);
    await expect(card(page, '同编号的另一项')).toHaveCount(1);
  });

  test('delete a template document, then undo', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/sla/');
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await page.locator('#sla-supplier').fill('保留的供方');
    await expect(page.locator('.template-status')).toContainText('已保存');
    const title = await page.getByLabel('文档名称').inputValue();
    await page.getByRole('button', { name: '删除文档' }).click();
    await expect(page.locator('.template-confirm')).toContainText('将移到回收站，30 天内可以恢复');
    await expect(page.locator('.template-confirm')).not.toContainText('无法恢复');
    await page.getByRole('button', { name: '确定删除' }).click();
    await expect(page.locator('.template-status')).toContainText(`已将“${title}”移到回收站。`);
    await expect(page.locator('#sla-supplier')).toHaveValue('');
    expect(await axeViolations(page), 'template toolbar with the undo button').toEqual([]);

    await page.getByRole('button', { name: '撤销删除' }).click();
    await expect(page.locator('.template-status')).toContainText(`已恢复“${title}”。`);
    await expect(page.locator('#sla-supplier')).toHaveValue('保留的供方');
    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#sla-supplier')).toHaveValue('保留的供方');

    // A delete without an undo waits in the trash on the templates page.
    await page.getByRole('button', { name: '删除文档' }).click();
    await page.getByRole('button', { name: '确定删除' }).click();
    await expect(page.locator('.template-status')).toContainText('移到回收站');
    await page.goto('/templates/');
    await expect(page.getByTestId('data-app')).toBeVisible();
    await expect(trashItem(page, title)).toContainText('服务级别协议');
    expect(errors).toEqual([]);
  });
});

test.describe('backup', () => {
  test('export everything, clear the browser, restore: everything is back', async ({ page }) => {
    const errors = watchErrors(page);
    const weak = example('weak-supplier') as { title: string };
    await seed(page, '/assess/', [['weak', weak]]);
    await page.goto('/sla/');
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await page.locator('#sla-supplier').fill('备份中的供方');
    await expect(page.locator('.template-status')).toContainText('已保存');

    await openStart(page);
    const backup = await exportEverything(page);
    expect(backup.json).toMatchObject({ format: 'gbt28827-portal-backup', version: 1 });
    expect(backup.json.exported).toMatch(/[+-]\d\d:\d\d$/);
    await expect(page.getByTestId('data-message')).toContainText('1 项评估，1 份模板文档');

    await clearStorage(page);
    await openStart(page);
    await expect(page.getByTestId('saved-assessment')).toHaveCount(0);

    await page.getByTestId('backup-file').setInputFiles(backup.path);
    await expect(page.getByTestId('restore-summary')).toHaveText(
      '新增 2 项；本浏览器中已有且相同 0 项；编号冲突 0 项；无法读取 0 项。',
    );
    expect(await axeViolations(page), 'restore plan').toEqual([]);
    await page.getByTestId('restore-apply').click();
    await expect(page.getByTestId('data-message')).toContainText('新增 2 项');
    await expect(card(page, weak.title)).toHaveCount(1);
    await page.goto('/sla/');
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(page.locator('#sla-supplier')).toHaveValue('备份中的供方');
    expect(errors).toEqual([]);
  });

  test('a conflicting ID asks, and "keep both" gives two', async ({ page }) => {
    const weak = example('weak-supplier') as { title: string };
    await seed(page, '/assess/', [['weak', weak]]);
    const backup = await exportEverything(page);
    await card(page, weak.title).getByRole('button', { name: '重命名' }).click();
    const rename = page.getByRole('dialog', { name: '重命名评估' });
    await rename.getByLabel('新名称').fill('备份之后改过的名字');
    await rename.getByRole('button', { name: '保存名称' }).click();
    await saved(page);

    await page.getByTestId('backup-file').setInputFiles(backup.path);
    const conflict = page.getByTestId('restore-conflict');
    await expect(conflict).toHaveCount(1);
    await expect(conflict).toContainText(`备份中的“${weak.title}”；本浏览器中现为“备份之后改过的名字”`);
    await page.getByTestId('restore-apply').click();
    await expect(page.getByRole('alert').filter({ hasText: '还有 1 项冲突没有选择' })).toBeVisible();
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1); // nothing written without a choice
    expect(await axeViolations(page), 'restore plan with an undecided conflict').toEqual([]);

    await conflict.getByLabel('两者都保留').check();
    await page.getByTestId('restore-apply').click();
    await expect(page.getByTestId('data-message')).toContainText('保留两者 1 项');
    await expect(page.getByTestId('saved-assessment')).toHaveCount(2);
    await expect(card(page, weak.title)).toHaveCount(1);
    await expect(card(page, '备份之后改过的名字')).toHaveCount(1);
  });

  test('"replace" moves the current record to the trash, shown at once without a reload', async ({ page }) => {
    const errors = watchErrors(page);
    const weak = example('weak-supplier') as { title: string };
    await seed(page, '/assess/', [['weak', weak]]);
    const backup = await exportEverything(page);
    await card(page, weak.title).getByRole('button', { name: '重命名' }).click();
    const rename = page.getByRole('dialog', { name: '重命名评估' });
    await rename.getByLabel('新名称').fill('将被替换的版本');
    await rename.getByRole('button', { name: '保存名称' }).click();
    await saved(page);
    await expect(page.getByTestId('trash-empty')).toBeVisible();

    await page.getByTestId('backup-file').setInputFiles(backup.path);
    await page.getByTestId('restore-conflict').getByLabel('替换（现有的移到回收站）').check();
    await page.getByTestId('restore-apply').click();
    await expect(page.getByTestId('data-message')).toContainText('替换 1 项');
    await expect(card(page, weak.title)).toHaveCount(1);
    await expect(card(page, '将被替换的版本')).toHaveCount(0);
    await expect(trashItem(page, '将被替换的版本')).toHaveCount(1);
    await expect(page.getByTestId('trash-empty')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('a file that is not a backup is refused with the reason, and nothing changes', async ({ page }) => {
    await seed(page, '/assess/', [['weak', example('weak-supplier')]]);
    await page.getByTestId('backup-file').setInputFiles('assessments/examples/strong-supplier.json');
    await expect(page.getByTestId('backup-refused')).toContainText('这不是本门户的备份文件');
    await page.getByTestId('backup-file').setInputFiles({
      name: 'huge.json',
      mimeType: 'application/json',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x20),
    });
    await expect(page.getByTestId('backup-refused')).toContainText('文件大小为 5.1 MB，超过 5 MB 的上限');
    await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
  });

  test('in English on the templates page', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/en/templates/');
    const panel = page.getByTestId('data-app');
    await expect(panel.getByRole('heading', { name: 'Backup and trash' })).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Export everything' })).toBeVisible();
    await expect(panel.getByLabel('Restore from backup')).toBeVisible();
    await expect(panel.getByText('The trash is empty.')).toBeVisible();
    expect(await axeViolations(page)).toEqual([]);
    await panel.getByTestId('backup-file').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format": "gbt28827-portal-backup", "version": 1'),
    });
    await expect(page.getByTestId('backup-refused')).toContainText('Cannot restore from “broken.json”');
    await expect(page.getByTestId('backup-refused')).toContainText('not valid JSON');
    expect(errors).toEqual([]);
  });
});

test.describe('a database without the store', () => {
  /** Makes the questionnaire's database with only a store of another name, holding `rows`. */
  async function foreignDatabase(page: Page, rows: [string, unknown][]) {
    await page.goto('/glossary/'); // a page without the stores open
    await page.evaluate(async (rows) => {
      const open = indexedDB.open('itss-delivery-portal', 7);
      open.onupgradeneeded = () => {
        const objects = open.result.createObjectStore('something-else');
        for (const [key, value] of rows) objects.put(value, key);
      };
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      db.close();
    }, rows);
  }

  test('is repaired, and the notice says nothing was lost when it held nothing', async ({ page }) => {
    const errors = watchErrors(page);
    await foreignDatabase(page, []);
    await openStart(page);
    const notice = page.getByTestId('storage-repaired');
    await expect(notice).toContainText('已重新建立');
    await expect(notice).toContainText('没有内容丢失');
    await expect(notice).not.toContainText('无法恢复');
    await expect(notice.getByRole('button')).toHaveCount(0);
    expect(await axeViolations(page), 'start view with the repair notice').toEqual([]);
    expect(errors).toEqual([]);
  });

  test('is repaired, and records kept elsewhere in it can be downloaded as raw JSON', async ({ page }) => {
    const errors = watchErrors(page);
    await foreignDatabase(page, [
      ['one', { title: '别处的记录' }],
      ['two', 'plain text'],
    ]);
    await page.goto('/en/assess/');
    await expect(page.getByTestId('view-heading')).toBeVisible();
    const notice = page.getByTestId('storage-repaired');
    await expect(notice).toContainText('The database also holds 2 records in a place this site does not use');
    await expect(notice).not.toContainText('nothing was lost');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      notice.getByRole('button', { name: 'Download these records as raw JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('itss-delivery-portal-unreadable-records.json');
    const raw = JSON.parse(readFileSync(await download.path(), 'utf8')) as { records: unknown[] };
    expect(raw.records).toEqual([
      { store: 'something-else', key: 'one', value: { title: '别处的记录' } },
      { store: 'something-else', key: 'two', value: 'plain text' },
    ]);
    expect(await axeViolations(page), 'English start view with the repair notice').toEqual([]);
    expect(errors).toEqual([]);
  });
});
