/**
 * `npm run bench` (issue 12 §8): how fast the portal is, measured on this machine. Not part of `npm test`: the
 * numbers depend on the machine and on what else runs on it, so nothing here passes or fails.
 *
 * Measures, each `--runs N` times (default 3), reporting the median:
 * 1. Lighthouse mobile performance and accessibility scores of five pages (the report with an assessment
 *    seeded into the browser's store);
 * 2. interaction latency at a 4× CPU throttle (Event Timing API): answering questions in the questionnaire and
 *    typing in the SLA template;
 * 3. search: time from typing a query to the first result, and the bytes fetched from /pagefind/ for it;
 * 4. scoring time of a synthetic catalog of 1,000 and 10,000 elements;
 * 5. build time with the catalog at 1× and 5× (a copy under a temp dir, read through CATALOG_DIR).
 *
 * Measures 1–3 use the built site in dist/ (run `npm run build` first), served in-process by Astro's preview
 * server. Prints a Markdown table and writes it between the bench markers of content/docs/performance.mdx and
 * content/docs/en/performance.mdx.
 *
 * Options: `--runs N` (default 3), `--port N` (default 4700), `--only lighthouse,interaction,search,scoring,build`,
 * `--pages report,sla` (Lighthouse on these pages only), `--build 1,5` (catalog sizes to build), `--no-write`
 * (print only).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from '@playwright/test';
import { preview } from 'astro';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { parse, stringify } from 'yaml';
import { itemAt } from '../src/engine/invariant.ts';
import { scoreAssessment } from '../src/engine/score.ts';
import { buildAssessment, buildCatalog, type ElementSpec } from '../test/unit/fixtures/engine-catalog.ts';
import { chromiumLaunchOptions } from '../test/browser.ts';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('runs') ?? 3);
const port = Number(arg('port') ?? 4700);
const only = new Set((arg('only') ?? 'lighthouse,interaction,search,scoring,build').split(','));
const write = !process.argv.includes('--no-write');
const origin = `http://localhost:${port}`;
const chromiumPath = chromiumLaunchOptions().executablePath;

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? itemAt(s, m) : (itemAt(s, m - 1) + itemAt(s, m)) / 2;
};
const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return itemAt(s, Math.max(0, Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)));
};
const log = (s: string) => console.error(`[bench] ${s}`);

/** One row of the table: what was measured (in each of the site's languages), and the median over the runs. */
interface Row {
  measure: { 'zh-CN': string; en: string };
  value: string;
}
const rows: Row[] = [];

// ---- seeding the report's assessment (as scripts/budgets.ts does) ----

const DB = { name: 'itss-delivery-portal', store: 'assessments' };
const REPORT_ID = 'bench';

async function seedExample(page: Page): Promise<void> {
  const value = JSON.parse(readFileSync('assessments/examples/weak-supplier.json', 'utf8')) as unknown;
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
    { db: DB.name, store: DB.store, key: REPORT_ID, record: value },
  );
}

// ---- 1. Lighthouse ----

const LIGHTHOUSE_PAGES = ['/', '/5-2/', '/assess/', `/report/#${REPORT_ID}`, '/sla/'];
/** `--pages report,sla`: only the pages whose path contains one of these (all by default). */
const pages = arg('pages')?.split(',') ?? [''];
/** Lighthouse's audit IDs of the metrics in its performance score (ms, CLS unitless). */
const LIGHTHOUSE_METRICS = {
  'first-contentful-paint': 'FCP',
  'largest-contentful-paint': 'LCP',
  'total-blocking-time': 'TBT',
  'speed-index': 'SI',
  'cumulative-layout-shift': 'CLS',
};

/**
 * Lighthouse drives a Chromium started by chrome-launcher (headless=new, no sandbox). For the report page,
 * Playwright connects to the same Chromium over CDP and seeds the assessment into the default profile's
 * IndexedDB first, and removes the service worker, its caches and the HTTP cache; Lighthouse then runs with
 * `disableStorageReset` so that it keeps the store (for the other pages Lighthouse clears storage and cache as
 * usual). Mobile is Lighthouse's default (simulated slow 4G, 4× CPU).
 */
async function lighthouseScores(): Promise<void> {
  const chrome = await chromeLauncher.launch({
    chromePath: chromiumPath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  const pw = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  try {
    for (const path of LIGHTHOUSE_PAGES.filter((p) => pages.some((part) => p.includes(part)))) {
      const perf: number[] = [];
      const a11y: number[] = [];
      for (let r = 0; r < runs; r++) {
        const report = path.startsWith('/report/');
        if (report) {
          const page = await itemAt(pw.contexts(), 0).newPage();
          await seedExample(page);
          // Lighthouse keeps the service worker and the caches too when it keeps storage: remove them, or every run
          // after the first would measure a repeat visit served by the service worker.
          await page.evaluate(async () => {
            for (const registration of await navigator.serviceWorker.getRegistrations())
              await registration.unregister();
            for (const key of await caches.keys()) await caches.delete(key);
          });
          await (await page.context().newCDPSession(page)).send('Network.clearBrowserCache');
          await page.close();
        }
        const result = await lighthouse(`${origin}${path}`, {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          disableStorageReset: report,
        });
        const categories = result?.lhr.categories;
        perf.push(Math.round((categories?.performance?.score ?? NaN) * 100));
        a11y.push(Math.round((categories?.accessibility?.score ?? NaN) * 100));
        // The metrics the performance score is made of, to see which one costs points.
        const audits = result?.lhr.audits ?? {};
        const metrics = Object.entries(LIGHTHOUSE_METRICS)
          .map(([id, name]) => {
            const value = audits[id]?.numericValue ?? NaN;
            return `${name} ${id === 'cumulative-layout-shift' ? value.toFixed(3) : `${Math.round(value)} ms`}`;
          })
          .join(', ');
        log(`lighthouse ${path} run ${r + 1}: performance ${perf.at(-1)}, accessibility ${a11y.at(-1)} (${metrics})`);
        // The longest main-thread tasks as Lighthouse counts them (its simulated durations), and whose script ran.
        const longTasks = (
          audits['long-tasks']?.details as { items?: { url?: string; duration?: number }[] } | undefined
        )?.items;
        if (longTasks?.length)
          log(
            `  long tasks: ${longTasks
              .slice(0, 6)
              .map((task) => `${Math.round(task.duration ?? 0)} ms ${(task.url ?? '').split('/').pop()}`)
              .join(', ')}`,
          );
        // The accessibility audits that failed, with the elements each names, to see what costs points.
        for (const ref of result?.lhr.categories.accessibility?.auditRefs ?? []) {
          const audit = audits[ref.id];
          if (ref.weight === 0 || audit?.score !== 0) continue;
          const items = (audit.details as { items?: { node?: { selector?: string } }[] } | undefined)?.items ?? [];
          log(`  accessibility audit failed: ${ref.id}: ${items.map((item) => item.node?.selector ?? '?').join('; ')}`);
        }
      }
      rows.push({
        measure: {
          'zh-CN': `Lighthouse 移动端 \`${path}\`：性能 / 无障碍`,
          en: `Lighthouse mobile \`${path}\`: performance / accessibility`,
        },
        value: `${median(perf)} / ${median(a11y)}`,
      });
    }
  } finally {
    await pw.close();
    chrome.kill();
  }
}

// ---- 2. Interaction latency ----

/** Collects Event Timing entries (16 ms and longer) of interactions, longest entry per interaction. */
const OBSERVE_EVENTS = () => {
  const w = window as unknown as { __interactions: Map<number, number> };
  w.__interactions = new Map();
  new PerformanceObserver((list) => {
    for (const e of list.getEntries() as PerformanceEventTiming[]) {
      if (!e.interactionId) continue;
      w.__interactions.set(e.interactionId, Math.max(w.__interactions.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
};

const INTERACTIONS = 20;

/** Latencies (ms) of `INTERACTIONS` interactions; those under 16 ms are not reported by the API and count as 0. */
async function latencies(page: Page, interact: (i: number) => Promise<void>): Promise<number[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await page.evaluate(() => (window as unknown as { __interactions: Map<number, number> }).__interactions.clear());
  for (let i = 0; i < INTERACTIONS; i++) {
    await interact(i);
    await page.waitForTimeout(150);
  }
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => [
    ...(window as unknown as { __interactions: Map<number, number> }).__interactions.values(),
  ]);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return [...seen, ...Array<number>(Math.max(0, INTERACTIONS - seen.length)).fill(0)];
}

async function interactionLatency(): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  const assess: { p98: number; max: number }[] = [];
  const sla: { p98: number; max: number }[] = [];
  try {
    for (let r = 0; r < runs; r++) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
      await context.addInitScript(OBSERVE_EVENTS);
      const page = await context.newPage();
      // Questionnaire: load the weak-supplier example, open it, answer the questions of clause 5.2.
      await page.goto(`${origin}/assess/`);
      await page.getByTestId('view-heading').waitFor();
      await page.getByTestId('example-weak').click();
      await page.getByTestId('import-success').waitFor();
      await page
        .getByTestId('saved-assessment')
        .filter({ hasText: '北岭' })
        .getByRole('link', { name: '打开' })
        .click();
      await page.locator('li[data-clause="5.2"] a').click();
      await page.locator('fieldset[data-element] input[type="radio"]').first().waitFor();
      const radios = (value: string) => page.locator(`fieldset[data-element] input[type="radio"][value="${value}"]`);
      const count = await radios('F').count();
      // A click by the mouse at the radio's place, not `locator.click()`: Playwright's click adds its own listeners
      // to check what it hits, whose work at 4× throttle counted in the interaction.
      const a = await latencies(page, async (i) => {
        const radio = radios(Math.floor(i / count) % 2 ? 'L' : 'F').nth(i % count);
        await radio.scrollIntoViewIfNeeded();
        const box = await radio.boundingBox();
        if (!box) throw new Error(`answer ${i + 1}: the radio button has no box to click`);
        await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
        if (!(await radio.isChecked())) throw new Error(`answer ${i + 1}: the click did not check the radio button`);
      });
      assess.push({ p98: percentile(a, 98), max: Math.max(...a) });
      // SLA template: type into the supplier field.
      await page.goto(`${origin}/sla/`);
      const field = page.locator('#sla-supplier');
      await page.locator('.template-root[data-ready="true"]').waitFor();
      await field.waitFor();
      // Once the island is ready, in the middle of the window, focused without a click. A click that came before
      // the island was ready sometimes left the field at the window's lower edge (Playwright scrolls again when its
      // check of what it hits fails); typing there changed nothing on screen, so no frame was presented and every
      // keystroke's latency ran on until the status line changed after the save, about 3.8 s later.
      await field.evaluate((element: HTMLInputElement) => {
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
      });
      const box = await field.boundingBox();
      if (!box || box.y < 0 || box.y + box.height > 800) throw new Error('the SLA supplier field is not in view');
      if (!(await field.evaluate((element) => element === document.activeElement)))
        throw new Error('the SLA supplier field did not take the focus');
      await page.waitForTimeout(500);
      const text = 'Beiling IT Services Ltd';
      const s = await latencies(page, (i) => page.keyboard.press(text.charAt(i % text.length)));
      sla.push({ p98: percentile(s, 98), max: Math.max(...s) });
      log(`interaction run ${r + 1}: assess ${JSON.stringify(assess.at(-1))}, sla ${JSON.stringify(sla.at(-1))}`);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const ms = (n: number) => (n < 16 ? '< 16 ms' : `${Math.round(n)} ms`);
  rows.push({
    measure: {
      'zh-CN': `交互延迟，评估问卷回答问题（${INTERACTIONS} 次点击，CPU 降速 4 倍）：98 百分位 / 最大值`,
      en: `Interaction latency, questionnaire answer (${INTERACTIONS} clicks, 4× CPU throttle): p98 / max`,
    },
    value: `${ms(median(assess.map((x) => x.p98)))} / ${ms(median(assess.map((x) => x.max)))}`,
  });
  rows.push({
    measure: {
      'zh-CN': `交互延迟，在服务级别协议模板中输入（${INTERACTIONS} 次按键，CPU 降速 4 倍）：98 百分位 / 最大值`,
      en: `Interaction latency, typing in the SLA template (${INTERACTIONS} keys, 4× CPU throttle): p98 / max`,
    },
    value: `${ms(median(sla.map((x) => x.p98)))} / ${ms(median(sla.map((x) => x.max)))}`,
  });
}

// ---- 3. Search ----

const QUERIES: [query: string, path: string][] = [
  ['知识库', '/'],
  ['服务级别协议', '/'],
  ['事件管理', '/'],
  ['incident', '/en/'],
  ['knowledge base', '/en/'],
];

/** The search done before the measured ones and not counted. */
const WARM_UP = ['服务', '/'] as const;

async function search(): Promise<void> {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    // One search first, not counted: the first page of a newly started browser pays the browser's own start (its
    // caches, fonts), which a reader's running browser has behind it.
    for (const [query, path] of [WARM_UP, ...QUERIES]) {
      const warmUp = query === WARM_UP[0];
      const times: number[] = [];
      const bytes: number[] = [];
      for (let r = 0; r < (warmUp ? 1 : runs); r++) {
        // A fresh context per query: nothing of Pagefind is cached.
        const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        await page.goto(`${origin}${path}`);
        await page.waitForLoadState('networkidle');
        // Every request to /pagefind/, the page's and a worker's. Waiting for "networkidle" would not do: the page
        // reached it once already, so it resolves at once and leaves out whatever is still loading.
        const finished: Request[] = [];
        let pending = 0;
        const isPagefind = (url: string) => new URL(url).pathname.startsWith('/pagefind/');
        page.on('request', (request) => void (isPagefind(request.url()) && pending++));
        page.on('requestfailed', (request) => void (isPagefind(request.url()) && pending--));
        page.on('requestfinished', (request) => {
          if (!isPagefind(request.url())) return;
          pending--;
          finished.push(request);
        });
        await page.locator('site-search button[data-open-modal]').first().click();
        const input = page.locator('site-search dialog input').first();
        await input.waitFor();
        const start = performance.now();
        await input.fill(query);
        await page.locator('site-search .pagefind-ui__result').first().waitFor();
        times.push(performance.now() - start);
        // Then until the results shown have their titles and excerpts, and nothing is left loading.
        const results = page.locator('site-search .pagefind-ui__result');
        const titled = page.locator('site-search .pagefind-ui__result-link');
        const settled = async () => pending === 0 && (await titled.count()) >= (await results.count());
        for (let quiet = 0; quiet < 3;) {
          await page.waitForTimeout(100);
          quiet = (await settled()) ? quiet + 1 : 0;
        }
        // Each response's gzip -9 size, as the issue measures and as scripts/budgets.ts sums: the preview server
        // sends scripts uncompressed, which no static host does (Pagefind's own files are gzip already). Read once the
        // search is done, so that reading the bodies does not slow it down.
        const sizes = await Promise.all(
          finished.map(async (request) => {
            const body = await (await request.response())?.body().catch(() => undefined);
            return body ? gzipSync(body, { level: 9 }).length : 0;
          }),
        );
        bytes.push(sizes.reduce((a, b) => a + b, 0));
        await context.close();
      }
      log(
        `search ${query}${warmUp ? ' (warm-up, not counted)' : ''}: ${times.map(Math.round).join(', ')} ms; ${bytes.join(', ')} bytes`,
      );
      if (warmUp) continue;
      rows.push({
        measure: {
          'zh-CN': `搜索“${query}”（${path === '/' ? '中文' : '英文'}索引）：出现第一条结果 / 从 /pagefind/ 下载的字节`,
          en: `Search “${query}” (${path === '/' ? 'zh-CN' : 'en'}): first result / bytes from /pagefind/`,
        },
        value: `${Math.round(median(times))} ms / ${(median(bytes) / 1000).toFixed(1)} KB`,
      });
    }
  } finally {
    await browser.close();
  }
}

// ---- 4. Scoring ----

const CLAUSES = [
  '5.2',
  '5.3',
  '5.4',
  '5.5',
  '6.2',
  '6.3',
  '6.4',
  '6.5',
  '7.2',
  '7.3',
  '8.2',
  '8.3',
  '8.4',
  '8.5',
  '8.6',
];

/** `n` as capital letters (A, B, …, Z, BA, …): a unique ID segment the catalog's ID pattern accepts. */
const letters = (n: number): string => {
  let s = '';
  do {
    s = String.fromCharCode(65 + (n % 26)) + s;
    n = Math.floor(n / 26);
  } while (n > 0);
  return s;
};

/** A catalog of `n` supplier requirements spread over the clauses (every tenth key), answered at mixed levels. */
function syntheticCatalog(n: number) {
  const clauses: Record<string, ElementSpec[]> = Object.fromEntries(CLAUSES.map((c) => [c, []]));
  for (let i = 0; i < n; i++)
    clauses[itemAt(CLAUSES, i % CLAUSES.length)]?.push({ id: `DM-X${letters(i)}-01`, key: i % 10 === 0 });
  const catalog = buildCatalog(clauses);
  const levels = ['N', 'P', 'L', 'F', 'F'] as const;
  const assessment = buildAssessment(
    Object.fromEntries(catalog.elements.map((e, i) => [e.id, itemAt(levels, i % levels.length)])),
  );
  return { catalog, assessment };
}

function scoring(): void {
  for (const n of [1000, 10000]) {
    const { catalog, assessment } = syntheticCatalog(n);
    const perRun: number[] = [];
    for (let r = 0; r < runs; r++) {
      const times: number[] = [];
      const until = performance.now() + 1000;
      while (times.length < 20 || (performance.now() < until && times.length < 500)) {
        const start = performance.now();
        scoreAssessment(catalog, assessment);
        times.push(performance.now() - start);
      }
      perRun.push(median(times));
    }
    log(`scoring ${n}: ${perRun.map((t) => t.toFixed(2)).join(', ')} ms`);
    rows.push({
      measure: {
        'zh-CN': `对 ${n.toLocaleString('en')} 个要素的生成目录计算一次评估结果`,
        en: `Scoring an assessment of a synthetic catalog of ${n.toLocaleString('en')} elements`,
      },
      value: `${median(perRun).toFixed(2)} ms`,
    });
  }
}

// ---- 5. Build ----

/** Matches a delivery element ID (not inside a longer one). */
const ID = /\bD[MCWR](?:-[A-Z]+)+-(?:C|N)?\d{2}[a-z]?(?![A-Za-z0-9])/g;

/**
 * A copy of assessments/ with `times` copies of every delivery element: copies of `DC-OPT-01` are `DC-OPT-21`,
 * `DC-OPT-41`, …, with its references to other elements (parent, related) renamed alike, and
 * appended to its clause in structure.yaml.
 */
function multipliedCatalog(times: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-catalog-'));
  cpSync('assessments', dir, { recursive: true });
  const ids = new Set(readdirSync('assessments/elements').map((f) => f.replace(/\.yaml$/, '')));
  // Copy k adds 20 × k to the number (IDs end in two digits; the catalog's numbers stay below 20), so the prefix,
  // which some pages group by, stays the same.
  const rename = (id: string, k: number) =>
    ids.has(id) ? id.replace(/(\d{2})([a-z]?)$/, (_, n: string, sub: string) => `${Number(n) + 20 * k}${sub}`) : id;
  const structure = parse(readFileSync('assessments/structure.yaml', 'utf8')) as {
    chapters: { clauses: { elements: string[] }[] }[];
  };
  for (let k = 1; k < times; k++) {
    for (const id of ids) {
      const text = readFileSync(`assessments/elements/${id}.yaml`, 'utf8').replace(ID, (m) => rename(m, k));
      writeFileSync(join(dir, 'elements', `${rename(id, k)}.yaml`), text);
    }
  }
  for (const chapter of structure.chapters)
    for (const clause of chapter.clauses) {
      const original = [...clause.elements];
      for (let k = 1; k < times; k++) clause.elements.push(...original.map((id) => rename(id, k)));
    }
  writeFileSync(join(dir, 'structure.yaml'), stringify(structure));
  // The trainers' answer keys must answer every element: each copy gets the answer of its original.
  for (const name of readdirSync('assessments/training/keys').filter((f) => f.endsWith('.json'))) {
    const key = JSON.parse(readFileSync(`assessments/training/keys/${name}`, 'utf8')) as {
      answers: Record<string, unknown>;
    };
    for (const [id, answer] of Object.entries(key.answers))
      for (let k = 1; k < times; k++) key.answers[rename(id, k)] = answer;
    writeFileSync(join(dir, 'training', 'keys', name), JSON.stringify(key, null, 2));
  }
  return dir;
}

function build(): void {
  for (const times of (arg('build') ?? '1,5').split(',').map(Number)) {
    const catalogDir = times === 1 ? undefined : multipliedCatalog(times);
    const outDir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
    const seconds: number[] = [];
    try {
      for (let r = 0; r < runs; r++) {
        const start = performance.now();
        const result = spawnSync('npx', ['astro', 'build', '--outDir', outDir], {
          env: { ...process.env, ...(catalogDir && { CATALOG_DIR: catalogDir }) },
          stdio: ['ignore', 'ignore', 'pipe'],
          encoding: 'utf8',
        });
        if (result.status !== 0) {
          log(`build at ${times}× failed:\n${result.stderr}`);
          break;
        }
        seconds.push((performance.now() - start) / 1000);
        log(`build ${times}× run ${r + 1}: ${itemAt(seconds, seconds.length - 1).toFixed(1)} s`);
      }
    } finally {
      rmSync(outDir, { recursive: true, force: true });
      if (catalogDir) rmSync(catalogDir, { recursive: true, force: true });
    }
    rows.push({
      measure: {
        'zh-CN': `构建时间（\`astro build\`），${times} 倍目录（${times * 99} 个交付要素）`,
        en: `Build time (\`astro build\`), catalog at ${times}× (${times * 99} delivery elements)`,
      },
      value:
        seconds.length === runs ? `${median(seconds).toFixed(1)} s` : 'build failed, see the log / 构建失败，见日志',
    });
  }
}

// ---- run, print, write ----

function chromiumVersion(): string {
  const out = spawnSync(chromiumPath ?? 'chromium', ['--version'], { encoding: 'utf8' });
  return out.stdout?.trim() || 'unknown';
}

const server =
  only.has('lighthouse') || only.has('interaction') || only.has('search')
    ? await preview({ root: process.cwd(), server: { port }, logLevel: 'error' })
    : undefined;
try {
  if (only.has('lighthouse')) await lighthouseScores();
  if (only.has('interaction')) await interactionLatency();
  if (only.has('search')) await search();
} finally {
  await server?.stop();
}
if (only.has('scoring')) scoring();
if (only.has('build')) build();

const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const memory = `${(totalmem() / 2 ** 30).toFixed(0)} GiB`;
const browserVersion = chromiumVersion();
const machine = `${cpu}, ${cpus().length} cores, ${memory}; Node ${process.version}; ${browserVersion}`;
const machineZh = `${cpu}，${cpus().length} 核，${memory}；Node ${process.version}；${browserVersion}`;
const date = new Date().toISOString().slice(0, 10);
const tables = {
  'zh-CN': [
    `测量于 ${date}，机器：${machineZh}；${runs} 次测量的中位数。`,
    '',
    '| 测量项 | 中位数 |',
    '|---|---:|',
    ...rows.map((r) => `| ${r.measure['zh-CN']} | ${r.value} |`),
  ].join('\n'),
  en: [
    `Measured ${date} on ${machine}; median of ${runs} runs.`,
    '',
    '| Measure | Median |',
    '|---|---:|',
    ...rows.map((r) => `| ${r.measure.en} | ${r.value} |`),
  ].join('\n'),
};
console.log(tables.en);

if (write) {
  for (const [file, table] of [
    ['content/docs/performance.mdx', tables['zh-CN']],
    ['content/docs/en/performance.mdx', tables.en],
  ] as const) {
    const page = readFileSync(file, 'utf8');
    const start = '{/* bench:start */}';
    const end = '{/* bench:end */}';
    const from = page.indexOf(start);
    const to = page.indexOf(end);
    if (from < 0 || to < from) throw new Error(`${file} has no ${start} … ${end} markers`);
    writeFileSync(file, `${page.slice(0, from + start.length)}\n\n${table}\n\n${page.slice(to)}`);
  }
  log('wrote the table into content/docs/performance.mdx and content/docs/en/performance.mdx');
}
