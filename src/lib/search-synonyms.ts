/**
 * Words people type for a concept that a page is about but does not (or not often) use itself: abbreviations
 * ("SLA", "KPI"), the everyday word beside the standard's term (巡检 beside 例行操作, 故障 beside 事件) and the
 * short form beside the full one (运维 beside 运行维护). Each page named here gets the words of its language as
 * search keywords: an invisible `<meta name="keywords">` that the search index reads as a metadata field
 * (src/components/overrides/Head.astro), ranked by `metaWeights.keywords` in astro.config.mjs.
 *
 * Only true synonyms belong here, and only on the pages whose subject they name. A word that is merely related
 * (策划 for the PDCA cycle, say) would lift every page it is put on above the page that is really about it.
 * This portal's method, not the standard.
 */
import type { Locale } from '../catalog/schema.ts';

/** One concept: the words for it in each language and the pages that are about it. */
export interface SynonymGroup {
  /** Stable name of the group, for tests and messages. */
  id: string;
  /** Words a user may type on the Chinese pages, the standard's own term first. */
  'zh-CN': readonly string[];
  /** Words a user may type on the English pages, the portal's own term first. */
  en: readonly string[];
  /**
   * Pages whose subject this is, as zh-CN paths (`/5-2/`; `/` is the home page). The English page of the same
   * name (`/en/5-2/`) gets the English words.
   */
  pages: readonly string[];
}

export const synonymGroups: readonly SynonymGroup[] = [
  {
    id: 'sla',
    'zh-CN': ['服务级别协议', 'SLA', '服务水平协议'],
    en: ['service level agreement', 'SLA', 'service-level agreement'],
    pages: ['/5-2/', '/appendix-b/', '/sla/'],
  },
  {
    id: 'om',
    'zh-CN': ['运行维护', '运维', 'O&M'],
    en: ['O&M', 'operation and maintenance', 'operations and maintenance'],
    pages: ['/', '/about/'],
  },
  {
    id: 'itss',
    'zh-CN': ['ITSS', '信息技术服务标准'],
    en: ['ITSS', 'information technology service standards'],
    pages: ['/about/'],
  },
  {
    id: 'emergency',
    'zh-CN': ['应急事件', '应急', '应急响应', '突发事件'],
    en: ['emergency event', 'emergency', 'emergency response', 'contingency'],
    pages: ['/5-2/', '/6-3/', '/8-4/'],
  },
  {
    id: 'incident',
    'zh-CN': ['故障申报', '故障', '事件'],
    en: ['fault report', 'fault', 'incident'],
    pages: ['/6-3/', '/8-4/', '/appendix-c/'],
  },
  {
    id: 'routine-operation',
    // The standard's own examples of routine operation (its note to the term): inspection and monitoring.
    'zh-CN': ['例行操作', '巡检', '日常巡检', '监控'],
    en: ['routine operation', 'routine inspection', 'inspection', 'monitoring'],
    pages: ['/6-2/', '/8-3/'],
  },
  {
    id: 'knowledge-base',
    'zh-CN': ['知识库'],
    en: ['knowledge base', 'knowledgebase'],
    pages: ['/5-3/'],
  },
  {
    id: 'kpi',
    'zh-CN': ['考核指标', 'KPI', '关键绩效指标', '绩效指标'],
    en: ['assessment indicator', 'KPI', 'key performance indicator', 'performance indicator'],
    pages: ['/6-4/', '/8-5/'],
  },
  {
    id: 'handover',
    'zh-CN': ['交接', '移交'],
    en: ['handover', 'hand-over', 'handoff'],
    pages: ['/practices/handover/'],
  },
  {
    id: 'supplier',
    'zh-CN': ['供方', '供应商', '服务商', '乙方'],
    en: ['supplier', 'provider', 'vendor', 'service provider'],
    pages: ['/glossary/'],
  },
  {
    id: 'customer',
    'zh-CN': ['需方', '甲方', '客户方'],
    en: ['customer', 'client', 'buyer'],
    pages: ['/glossary/'],
  },
];

/** The zh-CN path of a Starlight route ID: `en/5-2` and `5-2` are `/5-2/`, `en` and `` (home) are `/`. */
export function pagePath(routeId: string): string {
  const slug = routeId.replace(/^en(?:\/|$)/, '').replace(/^index$/, '');
  return slug ? `/${slug}/` : '/';
}

/**
 * The search keywords of a page in one language, each once: on a Chinese page of the portal its title first
 * (see `keywordsContent`), then the words of the groups that name the page, in the order of the groups.
 * Related-practice pages do not get their title: they are not the standard, and with it 运维 (in three of their
 * titles) would rank them above the standard's own pages.
 */
export function searchKeywords(routeId: string, title: string, locale: Locale): string[] {
  const path = pagePath(routeId);
  const titleWords = locale === 'zh-CN' && !path.startsWith('/practices/') ? [title] : [];
  const words = synonymGroups.filter((g) => g.pages.includes(path)).flatMap((g) => g[locale]);
  return [...new Set([...titleWords, ...words])];
}

const chineseWords = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * The `content` of a page's keywords meta tag. The search index splits a metadata field at spaces only, while
 * the search box splits a Chinese query into words (服务级别协议 → 服务 级别 协议); so each Chinese keyword is
 * written as those words, or a query would match no more than the keyword's first word. The same holds for the
 * title field, which is why a Chinese page has its title among its keywords: 交付策划 then matches the title
 * 「5.2 交付策划」 whole, as "delivery planning" matches "5.2 Delivery planning" on the English page.
 * https://github.com/Pagefind/pagefind/blob/v1.5.2/pagefind/src/fossick/mod.rs (parse_meta_words)
 */
export function keywordsContent(words: readonly string[], locale: Locale): string {
  const split = (word: string) =>
    [...chineseWords.segment(word)]
      .filter((s) => s.isWordLike)
      .map((s) => s.segment)
      .join(' ');
  return words.map((w) => (locale === 'zh-CN' ? split(w) : w)).join(', ');
}
