/**
 * The service worker that lets the portal work offline after one visit (the portal's own feature, not a
 * requirement of GB/T 28827.2). workbox-build's generateSW writes `sw.js` into the built site with a precache of
 * every page in both languages, the app assets, the catalog files and the search index, so every page, the
 * questionnaire, the report, the templates and search open without a network once the worker is installed.
 *
 * Runs as an Astro integration in `astro:build:done`, listed after Starlight so that Starlight's Pagefind index
 * is already written. Precache URLs are relative to `sw.js`, which sits at the site's base, so the same worker
 * serves a site built for `/` or for a base path such as `/gbt28827/`.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { generateSW, getManifest, type GenerateSWOptions, type GetManifestOptions } from 'workbox-build';

/** File name of the worker, at the site's base; the registration in `src/app/service-worker.ts` uses it. */
export const SERVICE_WORKER_FILE = 'sw.js';

/**
 * What the precache holds. Pagefind files are listed one by one: the index, its fragments and the wasm are all
 * needed to search offline (a search before any result was ever shown must still find every page), while
 * Pagefind's own UI bundles are left out because Starlight bundles its search UI into `_astro/`.
 */
export const PRECACHE_PATTERNS = [
  '**/*.{html,js,css,svg,json}',
  'pagefind/pagefind.js',
  'pagefind/pagefind-worker.js',
  'pagefind/pagefind-entry.json',
  'pagefind/*.pf_meta',
  'pagefind/wasm.*.pagefind',
  'pagefind/index/*.pf_index',
  'pagefind/fragment/*.pf_fragment',
];

/**
 * The Office-format libraries (the Excel workbook module with exceljs, about 270 KB gzip, and the Word writer with
 * docx, about 70 KB) are loaded only when the user asks for a workbook or a Word file, so they stay out of the
 * precache too: a visit never downloads them in the background. The first export or import caches them at run time
 * (`OFFICE_RUNTIME_CACHE`), and from then on they work offline like the rest.
 */
export const ON_DEMAND_CHUNKS = /(?:^|\/)_astro\/(?:office|docx)\.[\w-]+\.js$/;
const ON_DEMAND_GLOBS = ['_astro/office.*.js', '_astro/docx.*.js'];
export const OFFICE_RUNTIME_CACHE = 'office-libraries';

export const PRECACHE_IGNORES = [
  ...ON_DEMAND_GLOBS,
  // Unused Pagefind UI variants (Starlight ships its own copy of the default UI in `_astro/`).
  'pagefind/pagefind-ui.{js,css}',
  'pagefind/pagefind-component-ui.{js,css}',
  'pagefind/pagefind-modular-ui.{js,css}',
  'pagefind/pagefind-highlight.js',
  // Served by the host for unknown URLs; never a page a user opens on purpose.
  '404.html',
];

/** What goes into the precache of a built site in `distDir`, and how each file is revised. */
export function precacheOptions(distDir: string): GetManifestOptions {
  return {
    globDirectory: distDir,
    globPatterns: PRECACHE_PATTERNS,
    globIgnores: [...PRECACHE_IGNORES, SERVICE_WORKER_FILE, 'workbox-*.js'],
    // Hashed names under `_astro/` change with their content, so they need no revision of their own.
    dontCacheBustURLsMatching: /(?:^|\/)_astro\//,
    // catalog.json is the largest file (about 350 KB); this bound only guards against an accidental giant.
    maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
  };
}

/** generateSW options for a built site in `distDir`. */
export function serviceWorkerOptions(distDir: string): GenerateSWOptions {
  return {
    ...precacheOptions(distDir),
    swDest: `${distDir.replace(/\/$/, '')}/${SERVICE_WORKER_FILE}`,
    // `/5-2/` is served from the precached `/5-2/index.html` (trailingSlash: 'always' in astro.config.mjs).
    directoryIndex: 'index.html',
    // Every query parameter is read in the browser (`?catalog=handover` on /assess/, Pagefind's `?ts=` on its
    // entry file), never by the static host, so any query string maps to the same precached file.
    ignoreURLParametersMatching: [/.*/],
    // A new version waits until the user chooses to reload (the update notice); it never replaces the page's
    // worker by itself while someone is answering. The first worker takes control at once so that the page a
    // user first opened is already served offline-ready.
    skipWaiting: false,
    clientsClaim: true,
    cleanupOutdatedCaches: true,
    runtimeCaching: [
      {
        urlPattern: ({ url }) => /\/_astro\/(?:office|docx)\.[\w-]+\.js$/.test(url.pathname),
        // Hashed names: a cached file never changes; older versions are dropped past a few entries.
        handler: 'CacheFirst',
        options: { cacheName: OFFICE_RUNTIME_CACHE, expiration: { maxEntries: 6 } },
      },
    ],
    sourcemap: false,
    disableDevLogs: true,
  };
}

export interface ServiceWorkerBuild {
  /** Files in the precache. */
  count: number;
  /** Their total size in bytes. */
  size: number;
}

/**
 * Writes `sw.js` (and its Workbox runtime chunk) into `distDir`. A file that would be left out of the precache
 * is an error, found before the worker is bundled so that no worker with a partial precache is written.
 */
export async function buildServiceWorker(distDir: string): Promise<ServiceWorkerBuild> {
  const check = await getManifest(precacheOptions(distDir));
  if (check.warnings.length > 0) throw new Error(`service worker: ${check.warnings.join('; ')}`);
  const { count, size, warnings } = await generateSW(serviceWorkerOptions(distDir));
  if (warnings.length > 0) throw new Error(`service worker: ${warnings.join('; ')}`);
  return { count, size };
}

/** Astro integration: builds the service worker after the site and its search index. */
export function serviceWorker(): AstroIntegration {
  return {
    name: 'portal:service-worker',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        // The on-demand chunks are found by name: a build that names them otherwise would precache them again.
        const chunks = readdirSync(join(distDir, '_astro')).map((f) => `_astro/${f}`);
        for (const name of ['office', 'docx'])
          if (!chunks.some((f) => ON_DEMAND_CHUNKS.test(f) && f.startsWith(`_astro/${name}.`)))
            throw new Error(
              `service worker: no _astro/${name}.*.js chunk; update ON_DEMAND_CHUNKS in scripts/build-sw.ts`,
            );
        const { count, size } = await buildServiceWorker(distDir);
        logger.info(`${SERVICE_WORKER_FILE}: ${count} files precached (${Math.round(size / 1024)} KB)`);
      },
    },
  };
}
