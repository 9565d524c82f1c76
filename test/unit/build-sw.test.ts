/**
 * The service worker build (scripts/build-sw.ts) over a small built site in a temporary folder: what goes into
 * the precache, what stays out, and the options that make offline navigation and updates work.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServiceWorker, SERVICE_WORKER_FILE } from '../../scripts/build-sw.ts';

const SITE = {
  'index.html': '<h1>首页</h1>',
  '5-2/index.html': '<h1>5.2</h1>',
  'en/5-2/index.html': '<h1>5.2</h1>',
  'assess/index.html': '<div></div>',
  '404.html': '<h1>404</h1>',
  'favicon.svg': '<svg/>',
  'catalog.json': '{}',
  'practices/handover.json': '{}',
  '_astro/page.Ab12Cd34.js': 'export {}',
  '_astro/common.Ef56Gh78.css': 'a{}',
  '_astro/office.CF-wDuFB.js': 'export {}',
  '_astro/docx.6kfVy3rT.js': 'export {}',
  'sitemap-index.xml': '<x/>',
  'pagefind/pagefind.js': '',
  'pagefind/pagefind-worker.js': '',
  'pagefind/pagefind-entry.json': '{}',
  'pagefind/pagefind.en_3f2d86a2e8.pf_meta': 'm',
  'pagefind/wasm.en.pagefind': 'w',
  'pagefind/index/en_10f1665.pf_index': 'i',
  'pagefind/fragment/en_1266418.pf_fragment': 'f',
  'pagefind/pagefind-ui.js': '',
  'pagefind/pagefind-ui.css': '',
  'pagefind/pagefind-component-ui.js': '',
  'pagefind/pagefind-modular-ui.css': '',
  'pagefind/pagefind-highlight.js': '',
};

const PRECACHED = [
  'index.html',
  '5-2/index.html',
  'en/5-2/index.html',
  'assess/index.html',
  'favicon.svg',
  'catalog.json',
  'practices/handover.json',
  '_astro/page.Ab12Cd34.js',
  '_astro/common.Ef56Gh78.css',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/pagefind.en_3f2d86a2e8.pf_meta',
  'pagefind/wasm.en.pagefind',
  'pagefind/index/en_10f1665.pf_index',
  'pagefind/fragment/en_1266418.pf_fragment',
];

function writeSite(dir: string, files: Record<string, string>) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** The precache entries written into sw.js. */
function manifest(sw: string): { url: string; revision: string | null }[] {
  const entries = [...sw.matchAll(/\{url:"([^"]+)",revision:(null|"[^"]*")\}/g)];
  return entries.map(([, url, revision]) => ({ url: url!, revision: revision === 'null' ? null : revision! }));
}

describe('buildServiceWorker', () => {
  let dir: string;
  let sw: string;
  let result: Awaited<ReturnType<typeof buildServiceWorker>>;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'portal-sw-'));
    writeSite(dir, SITE);
    result = await buildServiceWorker(dir);
    sw = readFileSync(join(dir, SERVICE_WORKER_FILE), 'utf8');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('precaches every page, app asset, catalog file and the search index, and nothing else', () => {
    expect(
      manifest(sw)
        .map((e) => e.url)
        .sort(),
    ).toEqual([...PRECACHED].sort());
    expect(result.count).toBe(PRECACHED.length);
  });

  it('leaves the Office libraries out of the precache and caches them when first used', () => {
    expect(manifest(sw).filter((e) => /office|docx/.test(e.url))).toEqual([]);
    expect(sw).toContain('new e.CacheFirst({cacheName:"office-libraries"');
    // The route's test, as serialized into sw.js, matches the chunks at any base path and nothing else.
    const test = /registerRoute\(\(\{url:\w+\}\)=>(\/.*?\/)\.test/.exec(sw)?.[1];
    expect(test).toBeDefined();
    const pattern = new RegExp(test!.slice(1, -1));
    expect(pattern.test('/_astro/office.CF-wDuFB.js')).toBe(true);
    expect(pattern.test('/gbt28827/_astro/docx.6kfVy3rT.js')).toBe(true);
    expect(pattern.test('/_astro/page.Ab12Cd34.js')).toBe(false);
  });

  it('uses URLs relative to sw.js, so the worker serves any base path', () => {
    expect(manifest(sw).every((e) => !e.url.startsWith('/'))).toBe(true);
  });

  it('gives hashed assets no revision and every other file one', () => {
    for (const { url, revision } of manifest(sw)) {
      expect(revision === null, url).toBe(url.startsWith('_astro/'));
    }
  });

  it('waits for the page to ask before activating a new version, and serves /x/ and any query from cache', () => {
    // skipWaiting() is called only from the handler of the page's SKIP_WAITING message.
    expect(sw.match(/skipWaiting\(\)/g)).toHaveLength(1);
    expect(sw).toMatch(/"SKIP_WAITING"[^}]*skipWaiting\(\)/);
    expect(sw).toContain('directoryIndex:"index.html"');
    expect(sw).toContain('ignoreURLParametersMatching:[/.*/]');
  });

  it('fails when a file would be left out of the precache', async () => {
    const big = mkdtempSync(join(tmpdir(), 'portal-sw-big-'));
    try {
      writeSite(big, { 'index.html': '<h1>首页</h1>', 'glossary/index.html': 'x'.repeat(5 * 1024 * 1024) });
      await expect(buildServiceWorker(big)).rejects.toThrow(/glossary\/index\.html/);
    } finally {
      rmSync(big, { recursive: true, force: true });
    }
  }, 120_000);
});
