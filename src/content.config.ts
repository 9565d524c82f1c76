import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';

export const collections = {
  // MDX lives in a top-level content/docs (zh-CN at the root, English under en/), so editors find it at once.
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    schema: docsSchema(),
  }),
  // Starlight's zh-CN strings lack the search dialog's; they live in src/content/i18n/zh-CN.json.
  i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
