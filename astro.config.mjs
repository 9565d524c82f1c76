// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { sidebar } from './src/lib/sidebar.mjs';
import { baseLinks, normalizeBase } from './src/lib/base-links.mjs';
import { serviceWorker } from './scripts/build-sw.ts';
import { astroCsp, zodWithoutEval } from './src/lib/csp.mjs';
import { searchRanking } from './src/lib/search-ranking.mjs';
import { useSmallIndexChunks } from './src/lib/search-index.mjs';
import { chunkGroups } from './src/lib/chunk-groups.mjs';

// The path the site is served from: `/` by default, `BASE=/gbt28827/ npm run build` (or `astro build --base …`)
// for an intranet path or a repository's pages site. Pages and islands read it as `import.meta.env.BASE_URL`
// (src/lib/paths.ts); links written in the pages get it from the `baseLinks` integration.
const base = normalizeBase(process.env.BASE ?? '/');

// Smaller search index chunks, so a query fetches less of the index (why and how much: src/lib/search-index.mjs).
useSmallIndexChunks();

export default defineConfig({
  site: 'https://itss-delivery.example.org',
  base,
  trailingSlash: 'always',
  // No link prefetching. Starlight turns on Astro's prefetch of every link, whose script scans all the page's links
  // again on every DOM change: while a tool's island renders, that took 410–480 ms of main-thread work at 4× CPU
  // throttle (Lighthouse total blocking time on /sla/ 619 ms with it, 54–69 ms without). The service worker already
  // keeps every page after the first visit (scripts/build-sw.ts), so prefetching on hover saved little.
  prefetch: false,
  // A strict Content-Security-Policy in a meta tag of every page, with the hashes of its inline scripts and
  // styles; no 'unsafe-inline' script. What it allows and why: src/lib/csp.mjs.
  security: { csp: astroCsp() },
  // Every stylesheet as a file: Astro would inline the small ones as <style> elements, which the CSP's style-src
  // allows only by hash, and the cached files make a repeat visit lighter.
  build: { inlineStylesheets: 'never' },
  vite: {
    // Fewer, larger script files for the pages with tools (why and which: src/lib/chunk-groups.mjs).
    environments: { client: { build: { rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } } } } },
    resolve: {
      // Starlight builds Pagefind's search UI at idle on every page; this module loads it when the reader is about
      // to search instead (why and how: src/lib/search-on-demand.ts). Only the bare name is redirected, so the
      // module itself still reaches the real UI by its file path.
      alias: [
        {
          find: /^@pagefind\/default-ui$/,
          replacement: fileURLToPath(new URL('./src/lib/search-on-demand.ts', import.meta.url)),
        },
        // Pagefind's UI styles (16 KB, 2.7 KB gzip) wait with its code: they load with the UI, in the same cascade
        // layer (src/styles/search-ui.css), rather than in every page's stylesheet.
        {
          find: /^@pagefind\/default-ui\/css\/ui\.css$/,
          replacement: fileURLToPath(new URL('./src/styles/empty.css', import.meta.url)),
        },
      ],
    },
  },
  integrations: [
    starlight({
      title: { 'zh-CN': 'ITSS 运维交付规范门户', en: 'ITSS O&M Delivery Portal' },
      description: 'GB/T 28827.2 运行维护服务交付规范：要求目录、评估与模板',
      defaultLocale: 'root',
      locales: {
        root: { label: '简体中文', lang: 'zh-CN' },
        en: { label: 'English', lang: 'en' },
      },
      sidebar,
      // Every page's own styles only: the questionnaire, report, template and training styles are imported by the
      // components that host those tools, so a clause page does not download them (issue 12).
      customCss: ['./src/styles/portal.css'],
      lastUpdated: false,
      pagination: true,
      // Title and keyword weights, and why: src/lib/search-ranking.mjs. The index's chunk size: src/lib/search-index.mjs.
      pagefind: { ranking: searchRanking },
      components: {
        // Both read the stored theme in try/catch, so a browser that blocks storage gets no script error.
        ThemeProvider: './src/components/starlight/ThemeProvider.astro',
        ThemeSelect: './src/components/starlight/ThemeSelect.astro',
        // Adds the offline update notice to every page (src/components/UpdateNotice.astro).
        Footer: './src/components/overrides/Footer.astro',
        // Adds the page's search keywords (src/lib/search-synonyms.ts).
        Head: './src/components/overrides/Head.astro',
      },
      // Adds the sections of related-practice pages, rendered from the catalog, to the table of contents.
      routeMiddleware: './src/routeData.ts',
    }),
    preact(),
    baseLinks(),
    zodWithoutEval(),
    // After Starlight, whose own build step writes the Pagefind index that the service worker precaches.
    serviceWorker(),
  ],
});
