import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../src/catalog/schema.ts';
import { keywordsContent, pagePath, searchKeywords, synonymGroups } from '../../src/lib/search-synonyms.ts';

/** The MDX file of a zh-CN path (`/5-2/`, `/` for the home page) in one locale's content folder. */
function contentFile(path: string, locale: (typeof LOCALES)[number]): string {
  const dir = locale === 'en' ? 'content/docs/en' : 'content/docs';
  const slug = path.replace(/^\/|\/$/g, '');
  return `${dir}/${slug || 'index'}.mdx`;
}

describe('synonym groups', () => {
  it('have distinct IDs', () => {
    const ids = synonymGroups.map((g) => g.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  describe.each(LOCALES)('in %s', (locale) => {
    it('give every word to one group only, once (case aside)', () => {
      const words = synonymGroups.flatMap((g) => g[locale].map((w) => w.toLowerCase()));
      expect(words.filter((w, i) => words.indexOf(w) !== i)).toEqual([]);
    });
    it('have words with no comma (the separator of the keywords tag)', () => {
      for (const g of synonymGroups) {
        expect(g[locale].length, g.id).toBeGreaterThan(0);
        for (const w of g[locale]) expect(w, g.id).toMatch(/^[^,，]+$/);
      }
    });
    it('name pages that exist', () => {
      for (const g of synonymGroups) {
        expect(g.pages.length, g.id).toBeGreaterThan(0);
        for (const page of g.pages) {
          expect(page, g.id).toMatch(/^\/([a-z0-9-]+\/)*$/);
          expect(existsSync(contentFile(page, locale)), `${g.id}: ${contentFile(page, locale)}`).toBe(true);
        }
      }
    });
  });

  it('name each page of a group once', () => {
    for (const g of synonymGroups) expect(new Set(g.pages).size, g.id).toBe(g.pages.length);
  });
});

describe('pagePath', () => {
  it.each([
    ['5-2', '/5-2/'],
    ['en/5-2', '/5-2/'],
    ['practices/handover', '/practices/handover/'],
    ['en/practices/handover', '/practices/handover/'],
    ['', '/'],
    ['index', '/'],
    ['en', '/'],
    ['en/index', '/'],
    ['english-glossary', '/english-glossary/'],
  ])('%j is %s', (id, path) => expect(pagePath(id)).toBe(path));
});

describe('searchKeywords', () => {
  it('gives a page the words of its language from every group that names it', () => {
    const en = searchKeywords('en/5-2', '5.2 Delivery planning', 'en');
    expect(en).toEqual(expect.arrayContaining(['SLA', 'service level agreement', 'emergency']));
    expect(en.some((w) => /[\u4e00-\u9fff]/.test(w))).toBe(false);
    const zh = searchKeywords('5-2', '5.2 交付策划', 'zh-CN');
    expect(zh).toEqual(expect.arrayContaining(['SLA', '服务级别协议', '应急事件']));
    expect(zh).not.toContain('service level agreement');
  });
  it('puts the title first on a Chinese page of the portal, and only there', () => {
    expect(searchKeywords('5-2', '5.2 交付策划', 'zh-CN')[0]).toBe('5.2 交付策划');
    expect(searchKeywords('7-3', '7.3 远程交付', 'zh-CN')).toEqual(['7.3 远程交付']);
    expect(searchKeywords('en/7-3', '7.3 Remote delivery', 'en')).toEqual([]);
    expect(searchKeywords('practices/handover', '运维交接就绪', 'zh-CN')).not.toContain('运维交接就绪');
    expect(searchKeywords('practices/handover', '运维交接就绪', 'zh-CN')).toContain('交接');
  });
  it('lists a word once when two groups of a page share it', () => {
    const words = searchKeywords('6-3', '6.3 响应支持', 'zh-CN');
    expect(new Set(words).size).toBe(words.length);
  });
  it('gives every page a group names at least that group’s words', () => {
    for (const g of synonymGroups)
      for (const page of g.pages)
        for (const locale of LOCALES) {
          const id = `${locale === 'en' ? 'en/' : ''}${page.replace(/^\/|\/$/g, '')}`;
          expect(searchKeywords(id, 'title', locale), `${g.id} ${id}`).toEqual(expect.arrayContaining([...g[locale]]));
        }
  });
});

describe('keywordsContent', () => {
  it('splits Chinese keywords into the words a Chinese query is split into', () => {
    expect(keywordsContent(['服务级别协议', 'SLA', '5.2 交付策划'], 'zh-CN')).toBe(
      '服务 级别 协议, SLA, 5.2 交付 策划',
    );
  });
  it('leaves English keywords as they are', () => {
    expect(keywordsContent(['service level agreement', 'O&M'], 'en')).toBe('service level agreement, O&M');
  });
  it('keeps every character of a Chinese keyword that can be searched for', () => {
    for (const g of synonymGroups)
      for (const w of g['zh-CN'])
        expect(keywordsContent([w], 'zh-CN').replace(/ /g, ''), w).toBe(w.replace(/[\s&]/g, ''));
  });
});
