/**
 * Teaching material (issue 10, sections 1 and 5): a discussion question with instructor notes for every clause in
 * both languages, shown the same way on every clause page; glossary entries marked as the standard's or the
 * portal's; the pure helpers behind the handouts and the blank questionnaire.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/engine/message.ts';
import { parse, stringify } from 'yaml';
import { checkTeaching, CatalogError } from '../../src/catalog/check.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { TermSchema } from '../../src/catalog/schema.ts';
import { FULL_SCOPE } from '../../src/engine/scope.ts';
import { TRAINING_DICTIONARIES } from '../../src/i18n/training.ts';
import { splitElementRefs, teachingOfClause } from '../../src/lib/teaching.ts';
import {
  clauseSelectionParam,
  clausesOfScope,
  parseClauseSelection,
  parseScopeParams,
  scopeParams,
  withParams,
} from '../../src/lib/training-selection.ts';

const catalog = loadCatalog();
const clauses = catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => cl.number));
const CJK = /[\u3400-\u9fff]/;

describe('a discussion question for every clause', () => {
  it('covers the 15 clauses of chapters 5–8, in order', () => {
    expect(clauses).toHaveLength(15);
    expect(catalog.teaching.map((t) => t.clause)).toEqual(clauses);
  });
  it.each(clauses)('%s: question, instructor notes and pitfalls in zh-CN and en', (clause) => {
    const entry = teachingOfClause(catalog.teaching, clause);
    for (const text of [entry.question, entry.notes, ...entry.pitfalls]) {
      expect(text['zh-CN']).toMatch(CJK);
      expect(text.en, text.en).not.toMatch(CJK);
      expect(text.en.length).toBeGreaterThan(20);
    }
    expect(entry.question['zh-CN']).toMatch(/[？?]/);
    expect(entry.question.en).toMatch(/\?/);
    expect(entry.pitfalls.length).toBeGreaterThanOrEqual(2);
  });
  it.each(clauses)('%s: the notes name elements that exist, and the same ones in both languages', (clause) => {
    const entry = teachingOfClause(catalog.teaching, clause);
    const ids = new Set(catalog.elements.map((e) => e.id));
    const named = (text: string) => splitElementRefs(text).flatMap((p) => ('id' in p ? [p.id] : []));
    expect(named(entry.notes.en).sort()).toEqual(named(entry.notes['zh-CN']).sort());
    for (const id of [...named(entry.notes.en), ...entry.elements]) expect(ids.has(id), id).toBe(true);
  });
  it.each(clauses.flatMap((c) => [[c, ''] as const, [c, 'en/'] as const]))(
    'the %s page (%s) shows its question with the one component, before the elements',
    (clause, prefix) => {
      const page = readFileSync(`content/docs/${prefix}${clause.replace('.', '-')}.mdx`, 'utf8');
      expect(page.match(/<Discussion clause="[\d.]+" \/>/g)).toEqual([`<Discussion clause="${clause}" />`]);
      expect(page.indexOf('<Discussion')).toBeLessThan(page.indexOf('<ClauseElements'));
    },
  );
  it('has no trainer question left in the prose of the pages, where it would drift from the data', () => {
    for (const clause of clauses) {
      const slug = clause.replace('.', '-');
      expect(readFileSync(`content/docs/${slug}.mdx`, 'utf8')).not.toContain('**培训时**');
      expect(readFileSync(`content/docs/en/${slug}.mdx`, 'utf8')).not.toMatch(/^- \*\*Trainers\*\*/m);
    }
  });
});

describe('teaching.yaml is checked against the clause tree', () => {
  const entries = catalog.teaching;
  const structure = catalog.structure;
  const problems = (teaching: typeof entries) =>
    checkTeaching(structure, catalog.elements, teaching).map((p) => `${p.field}: ${p.message}`);

  it('passes as committed', () => {
    expect(problems(entries)).toEqual([]);
  });
  it('names a clause without a question', () => {
    expect(problems(entries.filter((e) => e.clause !== '6.4'))).toEqual([
      'clauses: clause 6.4 has no discussion question',
    ]);
  });
  it('names a clause given twice, an unknown clause and an unknown element', () => {
    const twice = [...entries, { ...entries[0]!, clause: '5.2' }];
    expect(problems(twice)).toContain('clauses.15.clause: clause 5.2 is given twice');
    const unknown = [...entries, { ...entries[0]!, clause: '9.9' }];
    expect(problems(unknown)).toContain('clauses.15.clause: unknown clause 9.9');
    const badRef = entries.map((e, i) => (i === 1 ? { ...e, elements: ['DM-IMPL-99'] } : e));
    expect(problems(badRef)).toEqual(['clauses.1.elements.0: unknown element DM-IMPL-99']);
  });
  it('names clauses out of order', () => {
    expect(problems([entries[1]!, entries[0]!, ...entries.slice(2)])).toEqual([
      'clauses: clauses are not in the order of structure.yaml',
    ]);
  });

  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  it('fails the catalog with the file and field when a question lacks its English', () => {
    dir = mkdtempSync(join(tmpdir(), 'teaching-'));
    cpSync('assessments', dir, { recursive: true });
    const file = join(dir, 'teaching.yaml');
    const data = parse(readFileSync(file, 'utf8')) as { clauses: { question: { en: string } }[] };
    data.clauses[2]!.question.en = ' ';
    writeFileSync(file, stringify(data));
    expect(() => loadCatalog(dir)).toThrow(CatalogError);
    expect(() => loadCatalog(dir)).toThrow(/teaching\.yaml › clauses\.2\.question\.en/);
  });
});

describe('glossary: every entry marked as the standard’s or the portal’s', () => {
  const { terms } = catalog;
  it('has the nine terms of chapter 3, numbered 3.1–3.9, marked standard', () => {
    const standard = terms.filter((t) => t.basis === 'standard');
    expect(standard.map((t) => t.number)).toEqual(['3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9']);
  });
  it('marks every other entry as the portal’s, without a number of the standard', () => {
    for (const t of terms) {
      expect(['standard', 'portal']).toContain(t.basis);
      if (t.basis === 'portal') expect(t.number, t.id).toBeUndefined();
    }
    expect(terms.filter((t) => t.basis === 'portal').length).toBeGreaterThanOrEqual(12);
  });
  it('explains the words the trainers asked for', () => {
    const names = new Set(terms.map((t) => t.term['zh-CN']));
    for (const word of [
      '例行操作',
      '响应支持',
      '优化改善',
      '调研评估',
      '应急响应',
      '交付成果',
      '现场交付',
      '远程交付',
      '服务报告',
    ])
      expect(names.has(word), word).toBe(true);
  });
  it('has every entry in both languages', () => {
    for (const t of terms) {
      expect(t.definition['zh-CN']).toMatch(CJK);
      expect(t.definition.en).not.toMatch(CJK);
      expect(t.term.en).not.toMatch(CJK);
    }
  });
  it('links every portal entry from a page or an element that uses it', () => {
    const pages = clauses.flatMap((c) => [
      readFileSync(`content/docs/${c.replace('.', '-')}.mdx`, 'utf8'),
      readFileSync(`content/docs/en/${c.replace('.', '-')}.mdx`, 'utf8'),
    ]);
    for (const t of terms.filter((x) => x.basis === 'portal' && x.clauses.length > 0)) {
      const onPage = pages.some((p) => p.includes(`<Term id="${t.id}"`));
      const onElement = catalog.elements.some((e) => e.terms.includes(t.id));
      expect(onPage || onElement, t.id).toBe(true);
    }
  });
  it('the schema refuses a standard term without its number and a portal term with one', () => {
    const base = { id: 'x-y', term: { 'zh-CN': '词', en: 'word' }, definition: { 'zh-CN': '释义', en: 'meaning' } };
    expect(TermSchema.safeParse({ ...base, basis: 'standard', number: '3.1' }).success).toBe(true);
    expect(TermSchema.safeParse({ ...base, basis: 'portal' }).success).toBe(true);
    const noNumber = TermSchema.safeParse({ ...base, basis: 'standard' });
    expect(noNumber.success).toBe(false);
    expect(noNumber.error?.issues[0]?.path).toEqual(['number']);
    expect(TermSchema.safeParse({ ...base, basis: 'portal', number: '3.2' }).success).toBe(false);
    expect(TermSchema.safeParse(base).success).toBe(false);
  });
});

describe('element references in prose', () => {
  it('finds every kind of element ID, with its punctuation left as text', () => {
    expect(splitElementRefs('见 DM-PLAN-08、DC-ROUT-02c 和 DW-REMOTE-END-02。DM-IMPR-N01, DM-PLAN-C01')).toEqual([
      { text: '见 ' },
      { id: 'DM-PLAN-08' },
      { text: '、' },
      { id: 'DC-ROUT-02c' },
      { text: ' 和 ' },
      { id: 'DW-REMOTE-END-02' },
      { text: '。' },
      { id: 'DM-IMPR-N01' },
      { text: ', ' },
      { id: 'DM-PLAN-C01' },
    ]);
    expect(splitElementRefs('no IDs here (DM-PLAN)')).toEqual([{ text: 'no IDs here (DM-PLAN)' }]);
  });
  it('gives the text back when its parts are joined', () => {
    const word = fc.constantFrom('DM-PLAN-08', 'DC-ROUT-02c', ' ', '、', 'x', '（', 'DW-REMOTE-END-02', '-', '01');
    fc.assert(
      fc.property(fc.array(word), (words) => {
        const text = words.join('');
        expect(
          splitElementRefs(text)
            .map((p) => ('id' in p ? p.id : p.text))
            .join(''),
        ).toBe(text);
      }),
    );
  });
});

describe('what a trainer picks to print', () => {
  it('reads the clauses of the address: all by default, none when empty, unknown ones dropped', () => {
    expect(parseClauseSelection(null, clauses)).toEqual(clauses);
    expect(parseClauseSelection('', clauses)).toEqual([]);
    expect(parseClauseSelection('7.3,5.2,9.9', clauses)).toEqual(['5.2', '7.3']);
  });
  it('writes the clauses back, leaving the parameter out when all are chosen', () => {
    expect(clauseSelectionParam(clauses, clauses)).toBeNull();
    expect(clauseSelectionParam(['7.3', '5.2'], clauses)).toBe('5.2,7.3');
    expect(clauseSelectionParam([], clauses)).toBe('');
    fc.assert(
      fc.property(fc.subarray(clauses), (chosen) => {
        expect(parseClauseSelection(clauseSelectionParam(chosen, clauses), clauses)).toEqual(chosen);
      }),
    );
  });
  it('reads and writes a scope like an assessment’s', () => {
    expect(parseScopeParams(new URLSearchParams(''))).toEqual(FULL_SCOPE);
    const scope = parseScopeParams(new URLSearchParams('contents=6.3,6.9&modes='));
    expect(scope).toEqual({ contents: ['6.3'], modes: [] });
    expect(scopeParams(scope)).toEqual([
      ['contents', '6.3'],
      ['modes', ''],
    ]);
    expect(scopeParams(FULL_SCOPE)).toEqual([]);
  });
  it('lists the clauses of a scope: chapter 5 and 8.2 always, 8.x with its content', () => {
    expect(clausesOfScope({ contents: ['6.3'], modes: ['7.3'] }, clauses)).toEqual([
      '5.2',
      '5.3',
      '5.4',
      '5.5',
      '6.3',
      '7.3',
      '8.2',
      '8.4',
    ]);
    expect(clausesOfScope(FULL_SCOPE, clauses)).toEqual(clauses);
  });
  it('replaces parameters of the address and keeps the others', () => {
    expect(withParams('?a=1&clauses=5.2', { clauses: '5.2,6.3' })).toBe('?a=1&clauses=5.2,6.3');
    expect(withParams('?clauses=5.2', { clauses: null })).toBe('');
    expect(withParams('', { contents: '6.2', modes: null })).toBe('?contents=6.2');
  });
});

describe('training dictionaries', () => {
  it('have the same keys and placeholders in zh-CN and en, none empty', () => {
    const zh = TRAINING_DICTIONARIES['zh-CN'];
    const en = TRAINING_DICTIONARIES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const placeholders = placeholderNames;
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].length, key).toBeGreaterThan(0);
      expect(en[key].length, key).toBeGreaterThan(0);
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
});
