/**
 * Two tabs of one browser (two pages in one context, so one storage) editing the same assessment or template
 * document: changes to different items are both kept, and each tab shows the other's without a reload; where
 * both change the same item, the later change wins and the overwritten tab says so, naming the item in words.
 */
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect as baseExpect, test } from './fixtures.ts';
import { readRecord } from './seed.ts';
import { axeViolations, watchErrors } from './site.ts';

// Pages take seconds to start on a busy shared machine; these waits are generous so the tests hold there.
const expect = baseExpect.configure({ timeout: 30_000 });
test.describe.configure({ timeout: 240_000 });

const element = (page: Page, id: string) => page.locator(`fieldset[data-element="${id}"]`);
const level = (fieldset: Locator, value: string) => fieldset.locator(`input[type="radio"][value="${value}"]`);

type StoredAssessment = { answers: Record<string, { level?: string }> };
const storedLevel = async (page: Page, id: string, elementId: string) =>
  ((await readRecord(page, id)) as StoredAssessment | undefined)?.answers[elementId]?.level;

/** A new assessment made in `page`; returns its local ID. */
async function createAssessment(page: Page, title: string): Promise<string> {
  await page.goto('/assess/');
  await expect(page.getByTestId('view-heading')).toBeVisible();
  await page.getByLabel('评估名称').fill(title);
  await page.getByLabel('被评估供方').fill('两个标签页的供方');
  await page.getByRole('button', { name: '创建并开始评估' }).click();
  await expect(page.getByTestId('view-heading')).toHaveText(title);
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  return page.url().split('#/a/')[1]!;
}

/** Opens clause 5.3 (DM-IMPL-*) of assessment `id`. */
async function openClause(page: Page, id: string) {
  await page.goto(`/assess/#/a/${id}/5.3`);
  await expect(element(page, 'DM-IMPL-04')).toBeVisible();
}

/** Two tabs with the same assessment open at clause 5.3. */
async function twoAssessmentTabs(context: BrowserContext, title: string) {
  const a = await context.newPage();
  const id = await createAssessment(a, title);
  await openClause(a, id);
  const b = await context.newPage();
  await openClause(b, id);
  return { a, b, id };
}

test.describe('an assessment open in two tabs', () => {
  test('answers to different elements are both kept, and each tab shows the other’s', async ({ context }) => {
    const { a, b, id } = await twoAssessmentTabs(context, '两个标签页：不同要素');
    const errors = [...watchErrors(a), ...watchErrors(b)];

    await level(element(a, 'DM-IMPL-04'), 'F').check();
    await expect.poll(() => storedLevel(a, id, 'DM-IMPL-04')).toBe('F');
    await level(element(b, 'DM-IMPL-05'), 'P').check();
    await expect.poll(() => storedLevel(b, id, 'DM-IMPL-05')).toBe('P');
    // B's save merged its answer into the latest record: A's answer survived it.
    expect(await storedLevel(b, id, 'DM-IMPL-04')).toBe('F');

    // A fresh tab shows both.
    const c = await context.newPage();
    await openClause(c, id);
    await expect(level(element(c, 'DM-IMPL-04'), 'F')).toBeChecked();
    await expect(level(element(c, 'DM-IMPL-05'), 'P')).toBeChecked();

    // A shows B's answer without a reload, and B shows A's; neither has anything to warn about.
    await expect(level(element(a, 'DM-IMPL-05'), 'P')).toBeChecked();
    await expect(level(element(b, 'DM-IMPL-04'), 'F')).toBeChecked();
    await expect(a.getByTestId('changed-elsewhere')).toHaveCount(0);
    await expect(b.getByTestId('changed-elsewhere')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the later answer to the same element wins, and the other tab says so, naming the element', async ({
    context,
  }) => {
    const title = '两个标签页：同一要素';
    const { a, b, id } = await twoAssessmentTabs(context, title);
    const errors = [...watchErrors(a), ...watchErrors(b)];

    await level(element(a, 'DM-IMPL-04'), 'F').check();
    await expect.poll(() => storedLevel(a, id, 'DM-IMPL-04')).toBe('F');
    await expect(level(element(b, 'DM-IMPL-04'), 'F')).toBeChecked(); // B heard of A's answer
    await level(element(b, 'DM-IMPL-04'), 'L').check();
    await expect.poll(() => storedLevel(b, id, 'DM-IMPL-04')).toBe('L');

    // A was overwritten: it shows the later answer and says which element changed.
    await expect(level(element(a, 'DM-IMPL-04'), 'L')).toBeChecked();
    const notice = a.getByTestId('changed-elsewhere');
    await expect(notice).toContainText(`另一个标签页在本页之后也修改了“${title}”中的 DM-IMPL-04`);
    await expect(notice).toContainText('以后保存的为准');
    expect(await axeViolations(a), 'clause view with the notice').toEqual([]);
    // B's answer won: B has nothing to report.
    await expect(b.getByTestId('changed-elsewhere')).toHaveCount(0);

    await notice.getByRole('button', { name: '知道了' }).click();
    await expect(notice).toHaveCount(0);
    const c = await context.newPage();
    await openClause(c, id);
    await expect(level(element(c, 'DM-IMPL-04'), 'L')).toBeChecked();
    expect(errors).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// A template document (the SLA builder)

const TEMPLATE_DB = 'itss-delivery-portal-templates';
const TEMPLATE_STORE = 'documents';

/** The SLA document stored in the browser (the only one these tests make). */
async function storedSla(page: Page): Promise<Record<string, unknown> | undefined> {
  return page.evaluate(
    async ({ db, store }) => {
      const open = indexedDB.open(db);
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const objects = database.transaction(store, 'readonly').objectStore(store);
      const [keys, values] = await Promise.all(
        [objects.getAllKeys(), objects.getAll()].map(
          (request) =>
            new Promise<unknown[]>((resolve, reject) => {
              request.onsuccess = () => resolve(request.result as unknown[]);
              request.onerror = () => reject(request.error);
            }),
        ),
      );
      database.close();
      const at = keys!.findIndex((key) => String(key).startsWith('doc:sla:'));
      return at === -1 ? undefined : (values![at] as Record<string, unknown>);
    },
    { db: TEMPLATE_DB, store: TEMPLATE_STORE },
  );
}

const firstResponse = async (page: Page) =>
  ((await storedSla(page)) as { targets?: { responseMinutes: number }[] } | undefined)?.targets?.[0]?.responseMinutes;

async function openSla(page: Page, path = '/sla/') {
  await page.goto(path);
  await expect(page.locator('.template-root')).toHaveAttribute('data-ready', 'true');
}

/** Tab a saves a supplier, tab b then saves another over it; a shows the later one. */
async function supplierOverwrittenByB(a: Page, b: Page) {
  await a.locator('#sla-supplier').fill('先写的供方');
  await expect.poll(() => storedSla(a)).toMatchObject({ supplier: '先写的供方' });
  await expect(b.locator('#sla-supplier')).toHaveValue('先写的供方');
  await b.locator('#sla-supplier').fill('后写的供方');
  await expect.poll(() => storedSla(b)).toMatchObject({ supplier: '后写的供方' });
  await expect(a.locator('#sla-supplier')).toHaveValue('后写的供方');
}

/** Two tabs with the same SLA draft open: A makes and saves it first, so B opens it rather than a new one. */
async function twoSlaTabs(context: BrowserContext, path = '/sla/') {
  const a = await context.newPage();
  await openSla(a, path);
  await a.locator('#sla-field-staffing').fill('两个标签页共用的草案');
  await expect.poll(() => storedSla(a)).toMatchObject({ staffing: '两个标签页共用的草案' });
  const b = await context.newPage();
  await openSla(b, path);
  await expect(b.locator('#sla-field-staffing')).toHaveValue('两个标签页共用的草案');
  return { a, b };
}

test.describe('an SLA draft open in two tabs', () => {
  test('different fields are both kept, and each tab shows the other’s', async ({ context }) => {
    const { a, b } = await twoSlaTabs(context);
    const errors = [...watchErrors(a), ...watchErrors(b)];

    await a.locator('#sla-supplier').fill('甲标签页的供方');
    await expect.poll(() => storedSla(a)).toMatchObject({ supplier: '甲标签页的供方' });
    await b.locator('#sla-customer').fill('乙标签页的需方');
    await expect.poll(() => storedSla(b)).toMatchObject({ customer: '乙标签页的需方', supplier: '甲标签页的供方' });

    const c = await context.newPage();
    await openSla(c);
    await expect(c.locator('#sla-supplier')).toHaveValue('甲标签页的供方');
    await expect(c.locator('#sla-customer')).toHaveValue('乙标签页的需方');

    await expect(a.locator('#sla-customer')).toHaveValue('乙标签页的需方');
    await expect(b.locator('#sla-supplier')).toHaveValue('甲标签页的供方');
    await expect(a.getByTestId('changed-elsewhere')).toHaveCount(0);
    await expect(b.getByTestId('changed-elsewhere')).toHaveCount(0);
    expect(errors).toEqual([]);
  });

  test('the later change to the same field wins, and the other tab names the field by its label', async ({
    context,
  }) => {
    const { a, b } = await twoSlaTabs(context);
    const errors = [...watchErrors(a), ...watchErrors(b)];

    await supplierOverwrittenByB(a, b);
    const notice = a.getByTestId('changed-elsewhere');
    await expect(notice).toHaveText(
      /另一个标签页在本页之后也修改了以下内容，以后保存的为准，此处已显示最新内容：供方。/,
    );
    await expect(notice).not.toContainText('supplier');
    expect(await axeViolations(a), 'SLA builder with the notice').toEqual([]);
    await expect(b.getByTestId('changed-elsewhere')).toHaveCount(0);

    await notice.getByRole('button').click();
    await expect(notice).toHaveCount(0);
    const c = await context.newPage();
    await openSla(c);
    await expect(c.locator('#sla-supplier')).toHaveValue('后写的供方');
    expect(errors).toEqual([]);
  });

  test('the field names load with the notice; if they cannot, it still says what happened', async ({ context }) => {
    // The rules that name fields are fetched only for this notice (field-labels.ts); here they are unreachable.
    const namer = /\/_astro\/field-labels\.[\w-]+\.js$/;
    const asked: string[] = [];
    context.on('request', (r) => {
      if (namer.test(r.url())) asked.push(r.url());
    });
    const { a, b } = await twoSlaTabs(context);
    expect(asked).toEqual([]);
    await a.route(namer, (route) => route.abort());
    const errors = watchErrors(a);

    await supplierOverwrittenByB(a, b);
    await expect(a.getByTestId('changed-elsewhere')).toHaveText(
      /另一个标签页在本页之后也修改了以下内容，以后保存的为准，此处已显示最新内容：其他内容。/,
    );
    expect(asked.length).toBeGreaterThan(0);
    // The aborted request is the only error.
    expect(errors.filter((e) => !e.startsWith('Failed to load resource'))).toEqual([]);
  });

  test('in English, a field in a row is named by its row and label', async ({ context }) => {
    const { a, b } = await twoSlaTabs(context, '/en/sla/');
    const errors = [...watchErrors(a), ...watchErrors(b)];
    const target = (page: Page) => page.locator('#sla-target-0-response');

    await target(a).fill('11');
    await expect.poll(() => firstResponse(a)).toBe(11);
    await expect(target(b)).toHaveValue('11');
    await target(b).fill('22');
    await expect.poll(() => firstResponse(b)).toBe(22);

    await expect(target(a)).toHaveValue('22');
    await expect(a.getByTestId('changed-elsewhere')).toContainText(
      'Another tab changed the following after this page did; the later change is kept and shown here: Priority 1: Response (minutes).',
    );
    expect(errors).toEqual([]);
  });
});
