/**
 * The quiz's item bank: enough items of every kind in both languages, each with an explanation, a valid link to its
 * element and one right answer; wrong options that cannot also be right; items about the portal's method labelled;
 * the same bank on every build; hand-written items checked against the catalog with readable errors.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/loader/load.ts';
import { loadQuizItems } from '../../src/loader/load-quiz.ts';
import { LocalQuizBankSchema, QUIZ_KINDS, type QuizItem } from '../../src/catalog/quiz.ts';
import { LOCALES } from '../../src/catalog/schema.ts';
import {
  buildQuizBank,
  checkWrittenItems,
  elementFamily,
  generateQuizItems,
  localQuizBank,
} from '../../src/engine/quiz-bank.ts';
import { elementAnchorHref } from '../../src/lib/paths.ts';

const catalog = loadCatalog();
const written = loadQuizItems(catalog);
const bank = buildQuizBank(catalog, written);
const generated = bank.filter((i) => i.origin === 'generated');
const byId = new Map(catalog.elements.map((e) => [e.id, e]));
const clauseNumbers = catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => cl.number));
const clauseOf = (label: string) => label.split(' ')[0]!;

describe('size and shape', () => {
  it.each(LOCALES)('%s: at least 150 generated and 40 hand-written items, valid as the page reads them', (locale) => {
    const local = LocalQuizBankSchema.parse(localQuizBank(catalog, written, locale));
    expect(local.locale).toBe(locale);
    expect(local.items.filter((i) => i.origin === 'generated').length).toBeGreaterThanOrEqual(150);
    expect(local.items.filter((i) => i.origin === 'written').length).toBeGreaterThanOrEqual(40);
  });

  it('has items of every kind, generated and hand-written', () => {
    for (const kind of QUIZ_KINDS)
      expect(
        bank.some((i) => i.kind === kind),
        kind,
      ).toBe(true);
    for (const kind of ['clause', 'key', 'party', 'evidence', 'scenario'])
      expect(generated.filter((i) => i.kind === kind).length, kind).toBeGreaterThanOrEqual(40);
    // The catalog records no should (宜) per element: shall-or-should items are hand-written only.
    expect(generated.some((i) => i.kind === 'modal')).toBe(false);
  });

  it('has unique IDs', () => {
    expect(new Set(bank.map((i) => i.id)).size).toBe(bank.length);
  });

  it.each(bank.map((i) => [i.id, i] as const))('%s: explanation, link, one right answer', (_, item) => {
    for (const locale of LOCALES) {
      expect(item.prompt[locale].trim().length).toBeGreaterThan(5);
      expect(item.explanation[locale].trim().length).toBeGreaterThan(10);
      const texts = item.options.map((o) => o[locale].trim());
      expect(new Set(texts).size, `${locale} options are distinct`).toBe(texts.length);
    }
    expect(item.answer).toBeLessThan(item.options.length);
    const element = byId.get(item.element);
    expect(element, 'element exists').toBeDefined();
    expect(item.clause).toBe(element!.clause);
    expect(clauseNumbers).toContain(item.clause);
    expect(elementAnchorHref(item.element, item.clause, 'zh-CN')).toBe(
      `/${item.clause.replace('.', '-')}/#${item.element}`,
    );
    expect(elementAnchorHref(item.element, item.clause, 'en')).toBe(
      `/en/${item.clause.replace('.', '-')}/#${item.element}`,
    );
  });

  it("labels exactly the items about the portal's method, in both languages", () => {
    for (const item of bank) {
      expect(item.explanation['zh-CN'].includes('本门户的方法'), `${item.id} zh`).toBe(item.method);
      expect(/this portal's method/i.test(item.explanation.en), `${item.id} en`).toBe(item.method);
    }
    // Weights, rubric levels and evidence lists are the portal's own.
    for (const item of generated.filter((i) => ['key', 'evidence', 'scenario'].includes(i.kind)))
      expect(item.method, item.id).toBe(true);
  });

  it('is the same on every build', () => {
    expect(buildQuizBank(loadCatalog(), loadQuizItems(catalog))).toEqual(bank);
  });
});

describe('generated items are unambiguous', () => {
  const neighbours = (id: string) =>
    new Set([id, ...byId.get(id)!.related, ...catalog.elements.filter((e) => e.related.includes(id)).map((e) => e.id)]);
  const ofKind = (kind: QuizItem['kind']) => generated.filter((i) => i.kind === kind);

  it('clause: the right clause is the element’s; no wrong clause holds a related element or the same family', () => {
    for (const item of ofKind('clause')) {
      const el = byId.get(item.element)!;
      const options = item.options.map((o) => clauseOf(o.en));
      expect(options[item.answer]).toBe(el.clause);
      expect(item.options.map((o) => clauseOf(o['zh-CN']))).toEqual(options);
      const near = neighbours(el.id);
      for (const [i, clause] of options.entries()) {
        if (i === item.answer) continue;
        const inClause = catalog.elements.filter((e) => e.clause === clause);
        expect(
          inClause.some((e) => near.has(e.id)),
          `${item.id}: ${clause} holds a related element`,
        ).toBe(false);
        expect(
          inClause.some((e) => elementFamily(e.id) === elementFamily(el.id)),
          `${item.id}: ${clause}`,
        ).toBe(false);
      }
      // The quoted requirement must not name its own ID, which would give the clause away.
      expect(item.prompt.en).not.toContain(el.id);
    }
  });

  it('key: the answer follows the element’s weight and kind', () => {
    for (const item of ofKind('key')) {
      const el = byId.get(item.element)!;
      const expected = el.kind !== 'requirement' ? 2 : el.key ? 0 : 1;
      expect(item.answer, item.id).toBe(expected);
    }
    const keyCount = ofKind('key').filter((i) => i.answer === 0).length;
    expect(keyCount).toBe(catalog.elements.filter((e) => e.key).length);
  });

  it('party: the blank hides the obliged party and the answer names it', () => {
    for (const item of ofKind('party')) {
      const el = byId.get(item.element)!;
      expect(item.answer, item.id).toBe(el.party === 'supplier' ? 0 : 1);
      expect(item.prompt['zh-CN']).toContain('＿＿');
      expect(item.prompt.en).toContain('___');
      const word = el.party === 'supplier' ? ['供方', /supplier/i] : (['需方', /customer/i] as const);
      const quoted = (text: string) => text.slice(text.indexOf('\n'));
      expect(quoted(item.prompt['zh-CN'])).not.toContain(word[0]);
      expect(quoted(item.prompt.en)).not.toMatch(word[1]);
    }
  });

  it('evidence: the right option is the element’s evidence, the wrong ones are not', () => {
    for (const item of ofKind('evidence')) {
      const el = byId.get(item.element)!;
      const own = new Set(el.evidence.map((e) => e.en));
      expect(own.has(item.options[item.answer]!.en), item.id).toBe(true);
      item.options.forEach((o, i) => {
        if (i !== item.answer) expect(own.has(o.en), `${item.id}: ${o.en}`).toBe(false);
      });
      const near = neighbours(el.id);
      for (const [i, o] of item.options.entries()) {
        if (i === item.answer) continue;
        const source = catalog.elements.find((e) => e.evidence.some((x) => x.en === o.en))!;
        expect(near.has(source.id), `${item.id}: distractor from related ${source.id}`).toBe(false);
        expect(source.clause).not.toBe(el.clause);
      }
    }
  });

  it('scenario: the finding quoted is the rubric text of the level given as the answer', () => {
    for (const item of ofKind('scenario')) {
      const el = byId.get(item.element)!;
      const level = (['N', 'P', 'L', 'F'] as const)[item.answer]!;
      expect(item.prompt.en, item.id).toContain(el.levels![level].en);
      expect(item.prompt['zh-CN'], item.id).toContain(el.levels![level]['zh-CN']);
    }
    const answers = new Set(ofKind('scenario').map((i) => i.answer));
    expect([...answers].sort()).toEqual([0, 1, 2, 3]);
  });
});

describe('hand-written items', () => {
  it('are named w-… and refer to known elements', () => {
    expect(checkWrittenItems(catalog, written)).toEqual([]);
    expect(
      checkWrittenItems(catalog, [{ ...written[0]!, id: 'x-1', element: 'DM-PLAN-99' }]).map((p) => p.field),
    ).toEqual(['id', 'element']);
    expect(() => buildQuizBank(catalog, [...written, written[0]!])).toThrow(/duplicate item ID/);
  });

  function fixture(yaml: string) {
    const dir = mkdtempSync(join(tmpdir(), 'quiz-items-'));
    mkdirSync(join(dir, 'training'));
    writeFileSync(join(dir, 'training', 'quiz-items.yaml'), yaml);
    return dir;
  }
  const item = (extra: string) => `items:
  - id: w-test-01
    kind: modal
    difficulty: 1
    element: DM-PLAN-01
    prompt: { zh-CN: 问题, en: Question }
    options:
      - { zh-CN: 甲, en: A }
      - { zh-CN: 乙, en: B }
    explanation: { zh-CN: 解析解析解析, en: Explanation }
${extra}`;

  it('a broken file is refused naming the file, the item and the field', () => {
    expect(() => loadQuizItems(catalog, fixture(item('    answer: 2\n')))).toThrow(
      /training\/quiz-items\.yaml › w-test-01 › answer: answer 2 is not an option index/,
    );
    expect(() => loadQuizItems(catalog, fixture(item('    answer: 0\n').replace('DM-PLAN-01', 'DM-PLAN-77')))).toThrow(
      /w-test-01 › element: unknown element DM-PLAN-77/,
    );
    expect(() =>
      loadQuizItems(catalog, fixture(item('    answer: 0\n').replace('kind: modal', 'kind: essay'))),
    ).toThrow(/w-test-01 › kind: not a quiz kind/);
    expect(() => loadQuizItems(catalog, fixture('items: [\n'))).toThrow(/training\/quiz-items\.yaml: /);
    expect(loadQuizItems(catalog, fixture(item('    answer: 1\n')))).toHaveLength(1);
  });
});

it('generates from any catalog without hand-written items', () => {
  expect(generateQuizItems(catalog).length).toBe(generated.length);
});
