/**
 * `npm run budgets`: what a first visit to each kind of page downloads, checked against the budgets of
 * scripts/budgets.config.ts. Serves the built site (dist/, run `npm run build` first) with Astro's preview server,
 * loads each page in Chromium with an empty cache and no service worker (it would fetch the whole site in the
 * background), waits until the network is idle, and sums each response's gzip -9 size by type. Prints the table
 * and exits 1 when a page passes a limit that fails (see the config's comment on goals and ceilings).
 *
 * Options: `--port N` (default 4600).
 */
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from '@playwright/test';
import { preview } from 'astro';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { chromiumLaunchOptions } from '../test/browser.ts';
import { BUDGETS, type PageBudget } from './budgets.config.ts';
import {
  checkIndexChunks,
  checkPage,
  INDEX_CHUNK_MEDIAN_LIMIT,
  isImmutable,
  sumKb,
  typeOf,
  TYPES,
  type Breach,
  type Measured,
} from './budgets-check.ts';

const portArg = process.argv.indexOf('--port');
const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 4600;
const origin = `http://localhost:${port}`;

/** The store and key the questionnaire saves assessments under (src/storage/storage.ts, test/e2e/seed.ts). */
const DB = { name: 'itss-delivery-portal', store: 'assessments' };

async function seedExample(page: Page, name: string, id: string): Promise<void> {
  const value = JSON.parse(readFileSync(`assessments/examples/${name}.json`, 'utf8')) as unknown;
  await page.goto(`${origin}/404.html`);
  await page.evaluate(
    async ({ db, store, key, record }) => {
      const open = indexedDB.open(db);
      open.onupgradeneeded = () => {
        if (!open.result.objectStoreNames.contains(store)) open.result.createObjectStore(store);
      };
      const database = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = database.transaction(store, 'readwrite');
      tx.objectStore(store).put(record, key);
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { db: DB.name, store: DB.store, key: id, record: value },
  );
}

async function measure(budget: PageBudget, browser: import('@playwright/test').Browser): Promise<Measured[]> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  if (budget.withExample) {
    await seedExample(page, budget.withExample, new URL(budget.path, origin).hash.slice(1));
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
  }
  const pending: Promise<Measured | undefined>[] = [];
  page.on('response', (response) => {
    const url = new URL(response.url());
    if (url.origin !== origin || response.status() !== 200) return;
    pending.push(
      response.body().then(
        (body) => ({
          path: url.pathname,
          type: typeOf(response.request().resourceType(), response.headers()['content-type'] ?? ''),
          gzip: gzipSync(body, { level: 9 }).length,
          chart: url.pathname.endsWith('.js') && body.includes('radialLinear'),
        }),
        () => undefined,
      ),
    );
  });
  await page.goto(`${origin}${budget.path}`);
  await page.waitForLoadState('networkidle');
  // The report reads its assessment from the store before it draws: measure the page the reader sees.
  if (budget.withExample) await page.getByTestId('report').waitFor();
  await page.waitForLoadState('networkidle');
  if (budget.withCharts !== undefined) {
    // chart.js loads when a chart is about to be seen: scroll to each, wait until drawn (chart.js sizes the canvas).
    for (const canvas of await page.locator('canvas').all()) await canvas.scrollIntoViewIfNeeded();
    await page.waitForFunction(() => [...document.querySelectorAll('canvas')].every((c) => c.style.width !== ''));
    await page.waitForLoadState('networkidle');
  }
  const entries = (await Promise.all(pending)).filter((e): e is Measured => e !== undefined);
  await context.close();
  return entries;
}

const kb = (n: number) => n.toFixed(1);

function row(budget: PageBudget, entries: readonly Measured[], breaches: readonly Breach[]): string {
  const first = sumKb(entries, { charts: budget.withCharts === undefined });
  const goal = [
    `≤ ${budget.goal.total ?? '—'}`,
    ...(['js', 'data'] as const).filter((t) => budget.goal[t] !== undefined).map((t) => `${t} ≤ ${budget.goal[t]}`),
    ...(budget.withCharts !== undefined ? [`≤ ${budget.withCharts} with chart.js`] : []),
    ...(budget.repeatGoal !== undefined ? [`repeat ≤ ${budget.repeatGoal}`] : []),
  ].join(', ');
  const extra = [
    ...(budget.withCharts !== undefined ? [`${kb(sumKb(entries).total)} with chart.js`] : []),
    ...(budget.repeatGoal !== undefined
      ? [`repeat ${kb(sumKb(entries.filter((e) => !isImmutable(e.path))).total)}`]
      : []),
  ];
  const status =
    breaches.length === 0
      ? 'ok'
      : breaches.some((b) => b.fails)
        ? `FAIL: ${breaches.map((b) => `${b.what} ${kb(b.kb)} > ${b.limit}`).join('; ')}`
        : `over goal (${budget.ceiling?.until})`;
  return `| ${budget.name} \`${budget.path}\` | ${TYPES.map((t) => kb(first[t])).join(' | ')} | ${kb(first.total)}${
    extra.length ? ` (${extra.join(', ')})` : ''
  } | ${goal} | ${status} |`;
}

const server = await preview({ root: process.cwd(), server: { port }, logLevel: 'error' });
const browser = await chromium.launch(chromiumLaunchOptions());
let failed = false;
try {
  console.log('First visit, KB of gzip -9 (1 KB = 1,000 bytes); budgets in scripts/budgets.config.ts\n');
  console.log(`| Page | ${TYPES.join(' | ')} | Total | Goal | Status |`);
  console.log(`|---|${TYPES.map(() => '---:').join('|')}|---:|---|---|`);
  for (const budget of BUDGETS) {
    const entries = await measure(budget, browser);
    const breaches = checkPage(budget, entries);
    if (breaches.some((b) => b.fails)) failed = true;
    console.log(row(budget, entries, breaches));
  }
  // The search index's chunks: a query fetches one per word, so their size is part of every search's cost.
  const dir = 'dist/pagefind/index';
  const chunks = checkIndexChunks(readdirSync(dir).map((f) => statSync(`${dir}/${f}`).size));
  if (chunks.fails) failed = true;
  console.log(
    `\nSearch index: ${chunks.count} chunks, median ${kb(chunks.median / 1000)} KB (limit ${INDEX_CHUNK_MEDIAN_LIMIT / 1000}): ${
      chunks.fails ? 'FAIL: the chunk size of src/lib/search-index.mjs was not applied' : 'ok'
    }`,
  );
} finally {
  await browser.close();
  await server.stop();
}
if (failed) {
  console.error('\nA page is over its budget (FAIL above). Make it lighter, or change its budget with a reason.');
  process.exit(1);
}
