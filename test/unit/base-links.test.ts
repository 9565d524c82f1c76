import { describe, expect, it } from 'vitest';
import { baseLinksPlugin, normalizeBase, prefixBase } from '../../src/lib/base-links.mjs';
import { BASE, joinBase, localePrefix, withBase } from '../../src/lib/paths.ts';

describe('base paths', () => {
  it.each([
    ['/', '/'],
    ['', '/'],
    ['gbt28827', '/gbt28827/'],
    ['/gbt28827', '/gbt28827/'],
    ['/gbt28827/', '/gbt28827/'],
    ['//a/b//', '/a/b/'],
  ])('normalizes %j to %j', (base, normal) => {
    expect(normalizeBase(base)).toBe(normal);
  });

  it.each([
    ['/gbt28827/', '/5-2/#DM-PLAN-01', '/gbt28827/5-2/#DM-PLAN-01'],
    ['/gbt28827/', '/', '/gbt28827/'],
    ['/gbt28827/', '/en/', '/gbt28827/en/'],
    ['/gbt28827/', '/gbt28827/sla/', '/gbt28827/sla/'],
    ['/gbt28827/', '/gbt28827', '/gbt28827'],
    ['/gbt28827/', '#DM-PLAN-01', '#DM-PLAN-01'],
    ['/gbt28827/', 'https://example.org/x', 'https://example.org/x'],
    ['/gbt28827/', '//cdn.example.org/x', '//cdn.example.org/x'],
    ['/gbt28827/', '../5-2/', '../5-2/'],
    ['/gbt28827/', 'mailto:a@example.org', 'mailto:a@example.org'],
    ['/', '/5-2/', '/5-2/'],
    ['/a/b/', '/assess/?catalog=handover', '/a/b/assess/?catalog=handover'],
  ])('under %j, %j links to %j', (base, href, expected) => {
    expect(prefixBase(base, href)).toBe(expected);
  });

  it('builds site links below the base of the build (`/` in the unit tests)', () => {
    expect(BASE).toBe('/');
    expect(withBase('/catalog.json')).toBe('/catalog.json');
    expect(localePrefix('en')).toBe('/en/');
    expect(joinBase('/gbt28827/', '/practices/handover.json')).toBe('/gbt28827/practices/handover.json');
    expect(joinBase('/gbt28827/', 'catalog.json')).toBe('/gbt28827/catalog.json');
  });
});

describe('the Markdown plugin', () => {
  /** Runs the plugin's visitors on one node and returns the properties it set. */
  function visit(base: string, kind: 'element' | 'mdxJsxFlowElement', node: object) {
    const set: Record<string, unknown> = {};
    const plugin = baseLinksPlugin(base) as unknown as Record<
      string,
      { filter: string[]; visit: (n: object, ctx: object) => void }
    >;
    plugin[kind]!.visit(node, { setProperty: (_: object, key: string, value: unknown) => (set[key] = value) });
    return set;
  }

  it('prefixes links and images of the pages', () => {
    expect(visit('/x/', 'element', { tagName: 'a', properties: { href: '/5-2/' } })).toEqual({ href: '/x/5-2/' });
    expect(visit('/x/', 'element', { tagName: 'img', properties: { src: '/a.png' } })).toEqual({ src: '/x/a.png' });
    expect(visit('/x/', 'element', { tagName: 'a', properties: { href: 'https://a.org/' } })).toEqual({});
    expect(visit('/', 'element', { tagName: 'a', properties: { href: '/5-2/' } })).toEqual({});
  });

  it('prefixes the link of a LinkCard', () => {
    const card = {
      name: 'LinkCard',
      attributes: [
        { type: 'mdxJsxAttribute', name: 'title', value: 'Ch. 5' },
        { type: 'mdxJsxAttribute', name: 'href', value: '/en/chapter-5/' },
      ],
    };
    expect(visit('/x/', 'mdxJsxFlowElement', card)).toEqual({ href: '/x/en/chapter-5/' });
  });
});
