/**
 * The schema library (zod/mini) loads only when something has to be checked (issue 12): a first visit to a
 * template page or to the questionnaire, with nothing saved, fetches no zod chunk; reading saved work back,
 * importing a file and corrupt saved data still go through the schema and say what they always said. The zod
 * chunks are found by their content (zod's class names), so hashes and chunk names may change.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { example, readRecord, recordIds, seed } from './seed.ts';
import { importFile, open, saved } from './template-page.ts';

test.describe.configure({ timeout: 180_000 });

/** The built script chunks that hold zod (core or schemas), by file name. */
const ZOD_CHUNKS = new Set(
  readdirSync('dist/_astro').filter(
    (name) => name.endsWith('.js') && readFileSync(`dist/_astro/${name}`, 'utf8').includes('$ZodType'),
  ),
);

/** Records the zod chunks the page fetches from now on. */
function watchZod(page: Page): string[] {
  const fetched: string[] = [];
  page.on('request', (request) => {
    const name = new URL(request.url()).pathname.split('/').pop() ?? '';
    if (ZOD_CHUNKS.has(name)) fetched.push(name);
  });
  return fetched;
}

/** Lets late script requests (idle work, modulepreload) happen before counting. */
const settle = (page: Page) => page.waitForLoadState('networkidle');

test('the build has zod chunks to look for', () => {
  expect(ZOD_CHUNKS.size).toBeGreaterThan(0);
});

for (const path of ['/sla/', '/en/sla/', '/priority/', '/en/priority/', '/plans/', '/en/plans/']) {
  test(`first visit to ${path} fetches no zod chunk; reading the saved document back does`, async ({ page }) => {
    const zod = watchZod(page);
    await open(page, path);
    await saved(page);
    await settle(page);
    expect(zod, 'first visit').toEqual([]);
    // The document saved on the first visit is read back from storage on reload, and checked.
    const title = page.locator('.template-toolbar input').first();
    const stored = await title.inputValue();
    await page.reload();
    await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
    await expect(title).toHaveValue(stored);
    expect(zod.length, 'reload with saved data').toBeGreaterThan(0);
  });
}

test('SLA: an import and corrupt saved data go through the schema', async ({ page }) => {
  const zod = watchZod(page);
  await open(page, '/sla/');
  await saved(page);
  await settle(page);
  expect(zod).toEqual([]);
  // A bad file is refused with its problems; a good one opens.
  await importFile(page, 'bad.sla.json', JSON.stringify({ template: 'sla', schemaVersion: 1, title: '' }));
  await expect(page.getByRole('alert')).toContainText('bad.sla.json');
  expect(zod.length).toBeGreaterThan(0);
  const doc = {
    schemaVersion: 1,
    template: 'sla',
    title: '导入的协议',
    created: '2025-03-07T10:00:00.000Z',
    updated: '2025-03-07T10:00:00.000Z',
  };
  await importFile(page, 'ok.sla.json', JSON.stringify(doc));
  await expect(page.locator('.template-toolbar input').first()).toHaveValue('导入的协议');
  await saved(page);
  // Corrupt a saved document under the page: the reload lists it as unreadable and keeps it.
  await page.evaluate(async () => {
    const open = indexedDB.open('itss-delivery-portal-templates');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const tx = db.transaction('documents', 'readwrite');
    tx.objectStore('documents').put({ template: 'sla', schemaVersion: 1, title: '   ' }, 'doc:sla:corrupt');
    await new Promise<void>((resolve) => (tx.oncomplete = () => resolve()));
    db.close();
  });
  await page.reload();
  await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
  await expect(page.getByText('有 1 份保存的文档无法读取，已原样保留在浏览器中：')).toBeVisible();
  await expect(page.locator('.template-toolbar input').first()).toHaveValue('导入的协议');
});

test('first visit to /assess/ fetches no zod chunk; an import and a reload with saved data do', async ({ page }) => {
  const zod = watchZod(page);
  await page.goto('/assess/');
  await expect(page.getByTestId('import-file')).toBeVisible();
  await settle(page);
  expect(zod, 'first visit').toEqual([]);
  await page.getByTestId('import-file').setInputFiles({
    name: 'strong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(example('strong-supplier'))),
  });
  await expect(page.getByTestId('import-success')).toContainText('strong.json');
  expect(zod.length, 'import').toBeGreaterThan(0);
  await expect.poll(() => recordIds(page)).toHaveLength(1);
  const [id] = await recordIds(page);
  const before = await readRecord(page, id!);
  await page.reload();
  await expect(page.getByTestId('saved-assessment')).toHaveCount(1);
  expect(await readRecord(page, id!)).toEqual(before);
});

test('/assess/ with a corrupt saved record lists it with its problem and keeps it', async ({ page }) => {
  const broken = { schemaVersion: 1, title: 'half a record' };
  await seed(page, '/assess/', [['broken-record', broken]]);
  const unreadable = page.getByTestId('unreadable');
  await expect(unreadable).toContainText('记录 broken-record');
  await expect(unreadable).toContainText('subject: is missing');
  expect(await readRecord(page, 'broken-record')).toEqual(broken);
});
