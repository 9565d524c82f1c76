/** The sidebar's chapters and clauses come from the catalog's structure, and each links a page that exists. */
import { existsSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chapterGroups, sidebar } from '../../src/lib/sidebar.mjs';
import { loadCatalog } from '../../src/loader/load.ts';

const catalog = loadCatalog();
type Link = { label: string; translations?: { en: string }; slug?: string; items?: Link[] };
const links = (items: readonly Link[]): Link[] => items.flatMap((i) => (i.items ? links(i.items) : [i]));

describe('sidebar', () => {
  it('has a group per chapter and a link per clause, titled as the catalog titles them', () => {
    const groups = chapterGroups();
    expect(groups.map((g) => g.label)).toEqual(
      catalog.structure.chapters.map((c) => `第${c.number}章 ${c.title['zh-CN']}`),
    );
    for (const chapter of catalog.structure.chapters) {
      const group = groups.find((g) => g.translations.en === `Ch. ${chapter.number} ${chapter.title.en}`)!;
      expect(group.items.slice(1).map((i) => [i.slug, i.label, i.translations.en])).toEqual(
        chapter.clauses.map((c) => [
          c.number.replace('.', '-'),
          `${c.number} ${c.title['zh-CN']}`,
          `${c.number} ${c.title.en}`,
        ]),
      );
    }
  });

  it('follows a change of the structure file (the titles are not written twice)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sidebar-'));
    const file = join(dir, 'structure.yaml');
    writeFileSync(
      file,
      "chapters:\n  - number: '9'\n    title: { zh-CN: 试验, en: Trial }\n    clauses:\n      - number: '9.2'\n        title: { zh-CN: 小节, en: Part }\n",
    );
    expect(chapterGroups(file)).toEqual([
      {
        label: '第9章 试验',
        translations: { en: 'Ch. 9 Trial' },
        items: [
          { label: '概览', translations: { en: 'Overview' }, slug: 'chapter-9' },
          { label: '9.2 小节', translations: { en: '9.2 Part' }, slug: '9-2' },
        ],
      },
    ]);
  });

  it('links only pages that exist, in both languages', () => {
    for (const link of links(sidebar as Link[])) {
      const slug = link.slug!;
      const zh = ['mdx', 'md'].some(
        (ext) => existsSync(`content/docs/${slug}.${ext}`) || existsSync(`content/docs/${slug}/index.${ext}`),
      );
      const en = ['mdx', 'md'].some(
        (ext) => existsSync(`content/docs/en/${slug}.${ext}`) || existsSync(`content/docs/en/${slug}/index.${ext}`),
      );
      expect(zh && en, slug).toBe(true);
    }
  });
});
