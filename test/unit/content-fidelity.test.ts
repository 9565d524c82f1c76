/**
 * Faithful to the standard (issue 11, section 4): rubrics ask for what the clause asks and nothing more, good
 * practice beyond it is kept apart (`beyond`), Appendix C is not said to be empty, the scoring method is the
 * portal's own, "关键要素" keeps one meaning, and user-facing English follows one (US) spelling convention.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadCatalog } from '../../src/loader/load.ts';
import { ElementSchema, type Element, type ElementInput } from '../../src/catalog/schema.ts';
import { checkAssessment, reportToMarkdown } from '../../src/engine/index.ts';
import { REPORT_DICTIONARIES, reportText } from '../../src/i18n/report-export.ts';
import { dictionaries } from '../../src/i18n/ui.ts';

const catalog = loadCatalog();
const byId = new Map(catalog.elements.map((e) => [e.id, e]));
const keyElements = catalog.elements.filter((e) => e.key);

describe('schema: beyond (good practice beyond the standard)', () => {
  const base: ElementInput = {
    id: 'DM-PLAN-99',
    clause: '5.2',
    party: 'supplier',
    title: { 'zh-CN': '标题', en: 'Title' },
    requirement: { 'zh-CN': '要求', en: 'Requirement' },
    rationale: { 'zh-CN': '理由', en: 'Rationale' },
    evidence: [{ 'zh-CN': '证据', en: 'Evidence' }],
    guidance: [{ 'zh-CN': '指导', en: 'Guidance' }],
    levels: {
      N: { 'zh-CN': '无', en: 'None' },
      P: { 'zh-CN': '部分', en: 'Some' },
      L: { 'zh-CN': '大部分', en: 'Most' },
      F: { 'zh-CN': '全部', en: 'All' },
    },
  };
  const beyond = { 'zh-CN': '定期演练', en: 'Drill regularly' };

  it('is optional and kept on a requirement', () => {
    expect(ElementSchema.parse(base).beyond).toBeUndefined();
    expect(ElementSchema.parse({ ...base, beyond }).beyond).toEqual(beyond);
  });
  it('needs both languages', () => {
    const result = ElementSchema.safeParse({ ...base, beyond: { 'zh-CN': '定期演练', en: ' ' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['beyond', 'en']);
  });
  it('is refused on a note or a sub-item', () => {
    const note = { ...base, id: 'DM-IMPR-N09', party: 'both' as const, kind: 'note' as const, levels: undefined };
    const sub = { ...base, id: 'DC-ROUT-02z', clause: '6.2', kind: 'sub-item' as const, parent: 'DC-ROUT-02' };
    for (const el of [note, sub]) {
      const result = ElementSchema.safeParse({ ...el, beyond });
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((i) => i.path.join('.'))).toContain('beyond');
    }
  });
  it('is used where the rubrics were trimmed back to the clause', () => {
    const withBeyond = catalog.elements.filter((e) => e.beyond).map((e) => e.id);
    expect(withBeyond).toEqual(expect.arrayContaining(['DM-PLAN-13', 'DM-PLAN-10', 'DW-REMOTE-BEFORE-03']));
    expect(withBeyond.length).toBeGreaterThanOrEqual(14);
  });
});

/**
 * Conditions the clauses of GB/T 28827.2 do not set, which crept into rubrics (findings 2.3). Each marker may be
 * allowed for elements whose own clause asks for it; the reason is given with the allowance.
 */
interface Marker {
  /** Text that signals a condition beyond the clause. */
  text: string;
  /** Levels it must not appear in: F for every requirement, and L too for key elements. */
  scope: 'all' | 'key';
  /** Elements whose clause does ask for it, with why. */
  allowedIn?: Record<string, string>;
}
const GOLD_PLATING: Marker[] = [
  { text: '演练', scope: 'all' },
  { text: '最小权限', scope: 'all' },
  { text: '检查表', scope: 'all' },
  { text: '检查单', scope: 'all' },
  { text: '录屏', scope: 'all' },
  { text: '复盘', scope: 'all' },
  { text: '定期更新', scope: 'all' },
  { text: '定期演练', scope: 'all' },
  { text: '独立人员', scope: 'all' },
  { text: '定期', scope: 'key' },
  { text: '准则', scope: 'key' },
  { text: '评估结论', scope: 'key' },
  { text: '需方批准', scope: 'key' },
  { text: '及时通知', scope: 'key' },
  { text: '逐项', scope: 'key' },
  { text: '逐条', scope: 'key' },
  { text: '经需方确认', scope: 'key', allowedIn: { 'DM-PLAN-01': '5.2: 依据服务目录与需方确认服务级别协议' } },
  { text: '需方确认', scope: 'key', allowedIn: { 'DM-PLAN-01': '5.2: 依据服务目录与需方确认服务级别协议' } },
  { text: '需方日志', scope: 'key' },
  { text: '会话日志', scope: 'key' },
];

/** Which markers appear in the levels a rule covers: F of every requirement, L as well for key elements. */
function goldPlating(el: Pick<Element, 'id' | 'key' | 'levels'>, markers = GOLD_PLATING): string[] {
  if (!el.levels) return [];
  const hits: string[] = [];
  for (const m of markers) {
    if (m.scope === 'key' && !el.key) continue;
    if (m.allowedIn?.[el.id]) continue;
    for (const lv of el.key ? (['L', 'F'] as const) : (['F'] as const)) {
      if (el.levels[lv]['zh-CN'].includes(m.text)) hits.push(`${lv}: ${m.text}`);
    }
  }
  return hits;
}

describe('rubrics ask for what the clause asks (findings 2.3)', () => {
  it('there are 21 key elements to check', () => {
    expect(keyElements).toHaveLength(21);
  });
  it.each(catalog.elements.filter((e) => e.kind === 'requirement').map((e) => [e.id, e] as const))(
    '%s: no condition beyond its clause in F (and L when key)',
    (_id, el) => {
      expect(goldPlating(el)).toEqual([]);
    },
  );
  it('the check fails on a gold-plated key rubric and passes once it is moved to beyond', () => {
    const el = byId.get('DM-PLAN-13')!;
    const plated = {
      ...el,
      levels: {
        ...el.levels!,
        F: { 'zh-CN': '预案覆盖全部场景，并定期演练。', en: 'Plans cover all, drilled regularly.' },
      },
    };
    expect(goldPlating(plated)).toEqual(['F: 演练', 'F: 定期演练', 'F: 定期']);
    expect(goldPlating({ ...plated, key: false })).toEqual(['F: 演练', 'F: 定期演练']);
    expect(goldPlating(el)).toEqual([]);
  });
  it('an allowance names the element whose clause asks for it', () => {
    const el = byId.get('DM-PLAN-01')!;
    expect(el.levels!.F['zh-CN']).toContain('需方确认');
    expect(goldPlating({ ...el, id: 'DM-PLAN-02' })).toEqual(['F: 经需方确认', 'F: 需方确认']);
  });
});

/** British spellings (and the US form) that user-facing English must not use. */
const BRITISH: [RegExp, string][] = [
  [/\borganis(?:e|es|ed|ing|ation|ations|ational)\b/i, 'organize / organization'],
  [/\b(?:un)?authoris(?:e|es|ed|ing|ation|ations)\b/i, 'authorize / authorization'],
  [/\boptimis(?:e|es|ed|ing|ation|ations)\b/i, 'optimize / optimization'],
  [/\bprioritis(?:e|es|ed|ing|ation)\b/i, 'prioritize'],
  [/\b(?:un)?analys(?:e|ed|ing)\b/i, 'analyze'],
  [/\b(?:reviews and|or|and) analyses\b/i, 'analyzes (verb)'],
  [/\bbehaviours?\b/i, 'behavior'],
  [/\bcolour(?:s|ed)?\b/i, 'color'],
  [/\blabour\b/i, 'labor'],
  [/\bcentres?\b/i, 'center'],
  [/\bdefence\b/i, 'defense'],
  [/\bprogrammes?\b/i, 'program'],
  [/\bjudgements?\b/i, 'judgment'],
  [/\blabell(?:ed|ing)\b/i, 'labeled'],
  [/\bcancell(?:ed|ing)\b/i, 'canceled'],
  [/\bfulfils?\b/i, 'fulfill'],
  [
    /\b(?:summar|standard|special|item|final|recogn|minim|custom|util|categor|real|normal|visual|maxim)is(?:e|es|ed|ing|ation)\b/i,
    '-ize',
  ],
  [/\backnowledgements?\b/i, 'acknowledgment'],
  [/\benquir(?:y|ies)\b/i, 'inquiry'],
  [/\bartefacts?\b/i, 'artifact'],
  [/\bwhilst\b/i, 'while'],
];
/** Words that match a rule but stay: identifiers and fixed names (see AUTHORING.md). */
const ALLOWED = [/\blabelledby\b/i, /'plans\.header\.organisation'/, /\borganisation:/, /\['organisation'/];

/** Every British spelling in a text, with the US form to use. */
function britishSpellings(text: string): string[] {
  const cleaned = ALLOWED.reduce((s, re) => s.replace(new RegExp(re.source, 'gi'), ''), text);
  return BRITISH.flatMap(([re, us]) => {
    const m = cleaned.match(new RegExp(re.source, 'gi'));
    return m ? m.map((w) => `${w} → ${us}`) : [];
  });
}

function* walk(dir: string, ext: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(p, ext);
    else if (entry.name.endsWith(ext)) yield p;
  }
}
/** English strings of a YAML document: the values of every `en` key. */
function englishOf(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(englishOf);
  if (node && typeof node === 'object')
    return Object.entries(node).flatMap(([k, v]) => (k === 'en' && typeof v === 'string' ? [v] : englishOf(v)));
  return [];
}

describe('user-facing English uses US spelling', () => {
  const sources: [string, string][] = [
    ...[...walk('assessments', '.yaml')].map((f): [string, string] => [
      f,
      englishOf(parse(readFileSync(f, 'utf8'))).join('\n'),
    ]),
    ...[...walk('content/docs/en', '.mdx')].map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
    ...[...walk('src/i18n', '.ts')].map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
    ...[...walk('src/templates', '.ts')].map((f): [string, string] => [f, readFileSync(f, 'utf8')]),
  ];
  it('reads the English of the catalog, the pages and the dictionaries', () => {
    expect(sources.length).toBeGreaterThan(150);
    expect(sources.find(([f]) => f.endsWith('DM-PLAN-13.yaml'))?.[1]).toContain('emergency');
  });
  it.each(sources)('%s', (_file, text) => {
    expect(britishSpellings(text)).toEqual([]);
  });
  it('the check catches British forms and leaves identifiers alone', () => {
    expect(britishSpellings('The organisation analysed the behaviour; it reviews and analyses logs.')).toEqual([
      'organisation → organize / organization',
      'analysed → analyze',
      'reviews and analyses → analyzes (verb)',
      'behaviour → behavior',
    ]);
    expect(britishSpellings('aria-labelledby; SLA-miss analyses; the service catalogue')).toEqual([]);
  });
});

describe('Appendix C: its content is missing from our source, not absent from the standard', () => {
  const pages = ['appendix-c.mdx', 'priority.mdx', 'en/appendix-c.mdx', 'en/priority.mdx'].map(
    (p): [string, string] => [p, readFileSync(join('content/docs', p), 'utf8')],
  );
  const denials = [
    /标准没有(公布|规定)[^。]*(优先级|时限|数值)/,
    /没有规定具体的优先级/,
    /publishes no/i,
    /sets no (particular )?priority/i,
    /has no published numbers/i,
  ];
  const labels: [string, string][] = [
    ['ui zh-CN example.body', dictionaries['zh-CN']['example.body']],
    ['ui en example.body', dictionaries.en['example.body']],
    ['appendix-c.yaml sourceNote zh-CN', catalog.appendixC.sourceNote['zh-CN']],
    ['appendix-c.yaml sourceNote en', catalog.appendixC.sourceNote.en],
    ...pages,
  ];
  it.each(labels)('%s does not say the standard has no priority levels or times', (_where, text) => {
    for (const re of denials) expect(text).not.toMatch(re);
  });
  it('the example label names the priority table and says its content is not in our source', () => {
    expect(dictionaries['zh-CN']['example.body']).toMatch(/申报优先级表（C\.1）.*源文本缺少附录C的正文/);
    expect(dictionaries.en['example.body']).toMatch(/request priority table \(C\.1\).*missing from our source/);
  });
});

describe('the scoring method is labelled as the portal’s own', () => {
  it('one sentence in both languages says so', () => {
    expect(REPORT_DICTIONARIES['zh-CN']['method.portal']).toMatch(/^评分方法为本门户所定，非标准内容/);
    expect(REPORT_DICTIONARIES.en['method.portal']).toMatch(
      /^Scoring method defined by this portal, not by the standard/,
    );
  });
  it.each(['zh-CN', 'en'] as const)('the Markdown report (%s) carries it under its title', (locale) => {
    const checked = checkAssessment(
      catalog,
      JSON.parse(readFileSync('assessments/examples/weak-supplier.json', 'utf8')),
    );
    if (!checked.success) throw new Error('the weak-supplier example is invalid');
    const md = reportToMarkdown(catalog, checked.assessment, reportText(locale));
    const head = md.split('\n').slice(0, 6).join('\n');
    expect(head).toContain(`> ${REPORT_DICTIONARIES[locale]['method.portal']}`);
  });
  it.each(['scoring.mdx', 'en/scoring.mdx'])('the scoring page %s shows it', (page) => {
    expect(readFileSync(join('content/docs', page), 'utf8')).toContain('<PortalMethodNote />');
  });
});

describe('“关键要素” keeps one meaning: the 21 weight-2 elements', () => {
  it('the framework calls its numbered items 要素, naming the drafters’ term only to tell the two apart', () => {
    const framework = readFileSync('content/docs/framework.mdx', 'utf8');
    const uses = framework.match(/关键要素/g) ?? [];
    expect(uses.length).toBeLessThanOrEqual(2);
    expect(framework).toContain('编制说明称之为“关键要素”');
    expect(framework).toMatch(/本门户所说的“关键要素”另有所指/);
    expect(catalog.framework.summary['zh-CN']).not.toContain('关键要素');
    expect(catalog.framework.summary.en).not.toMatch(/key element/i);
  });
});
