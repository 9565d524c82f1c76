// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import preact from '@astrojs/preact';
import { sidebar } from './src/lib/sidebar.mjs';

export default defineConfig({
  site: 'https://itss-delivery.example.org',
  trailingSlash: 'always',
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
      customCss: [
        './src/styles/portal.css',
        './src/styles/assess.css',
        './src/styles/report.css',
        './src/styles/compare.css',
        './src/styles/templates.css',
      ],
      lastUpdated: false,
      pagination: true,
      // Titles name the clause a user looks for; without a stronger title weight long clause pages sink below
      // short pages that merely mention the words.
      pagefind: { ranking: { pageLength: 0, metaWeights: { title: 20 } } },
      components: {},
      // Adds the sections of related-practice pages, rendered from the catalog, to the table of contents.
      routeMiddleware: './src/routeData.ts',
    }),
    preact(),
  ],
});
