/**
 * Quizzes: the seeded generator, selection by filters with a stable item and option order, the shared address,
 * scoring, and the page's model (setup, answers, hand-in, review, retry, back and forward), plus the strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeholderNames } from '../../src/engine/message.ts';
import { createQuizModel, optionLetter, parseQuizBank } from '../../src/app/quiz-model.ts';
import { loadCatalog } from '../../src/loader/load.ts';
import { loadQuizItems } from '../../src/loader/load-quiz.ts';
import type { LocalQuizItem } from '../../src/catalog/quiz.ts';
import { localQuizBank } from '../../src/engine/quiz-bank.ts';
import {
  filterItems,
  hashSeed,
  mulberry32,
  newSeed,
  parseQuizQuery,
  pickQuiz,
  questionOf,
  quizQuery,
  scoreQuiz,
  seededRandom,
  shuffled,
  type QuizConfig,
} from '../../src/engine/quiz.ts';
import { QUIZ_DICTIONARIES } from '../../src/i18n/quiz.ts';

const catalog = loadCatalog();
const bank = localQuizBank(catalog, loadQuizItems(catalog), 'en');
const items = bank.items;
const clauses = catalog.structure.chapters.flatMap((c) => c.clauses.map((cl) => cl.number));
const config = (patch: Partial<QuizConfig> = {}): QuizConfig => ({
  seed: 'class1',
  count: 10,
  clauses: [],
  kinds: [],
  difficulties: [],
  ...patch,
});
const ids = (c: QuizConfig) => pickQuiz(items, c).map((q) => q.item.id);

describe('seeded generator', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const take = (seed: string) => Array.from({ length: 5 }, seededRandom(seed));
    expect(take('abc')).toEqual(take('abc'));
    expect(take('abc')).not.toEqual(take('abd'));
    for (const x of take('abc')) expect(x >= 0 && x < 1).toBe(true);
  });

  it('is Mulberry32 on a fixed hash, so shared links keep their quiz across releases', () => {
    // Changing the generator or the hash would silently change every quiz a trainer has already handed out.
    const reference = mulberry32(1);
    expect([reference(), reference()]).toEqual([0.6270739405881613, 0.002735721180215478]);
    expect(hashSeed('class1')).toBe(1850909129);
    expect(Array.from({ length: 3 }, seededRandom('abc')).map((x) => x.toFixed(6))).toEqual([
      '0.814054',
      '0.489071',
      '0.401941',
    ]);
    expect(hashSeed('')).not.toBe(hashSeed('a'));
  });

  it('shuffles into a permutation', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.integer(), { maxLength: 40 }), (seed, list) => {
        const out = shuffled(list, seededRandom(seed));
        expect([...out].sort((a, b) => a - b)).toEqual([...list].sort((a, b) => a - b));
      }),
    );
  });

  it('makes seeds that fit an address', () => {
    const random = seededRandom('seeds');
    for (let i = 0; i < 50; i++) expect(newSeed(random)).toMatch(/^[a-z2-9]{6}$/);
  });
});

describe('selection', () => {
  it('same seed and filters: same items, same order, same option order', () => {
    const a = pickQuiz(items, config({ count: 20 }));
    const b = pickQuiz([...items].reverse(), config({ count: 20 }));
    expect(b.map((q) => [q.item.id, q.order])).toEqual(a.map((q) => [q.item.id, q.order]));
    expect(a).toHaveLength(20);
  });

  it('another seed: another quiz', () => {
    expect(ids(config({ seed: 'class2' }))).not.toEqual(ids(config()));
  });

  it('differs by seed over many seeds, and never repeats an item', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 20; i++) {
      const picked = ids(config({ seed: `s${i}` }));
      expect(new Set(picked).size).toBe(picked.length);
      seen.add(picked.join());
    }
    expect(seen.size).toBe(20);
  });

  it('respects the filters and the count', () => {
    const c = config({ clauses: ['5.2', '7.3'], kinds: ['party', 'scenario'], difficulties: [1, 2], count: 50 });
    const picked = pickQuiz(items, c);
    expect(picked.length).toBe(Math.min(50, filterItems(items, c).length));
    for (const { item } of picked) {
      expect(['5.2', '7.3']).toContain(item.clause);
      expect(['party', 'scenario']).toContain(item.kind);
      expect([1, 2]).toContain(item.difficulty);
    }
    expect(pickQuiz(items, config({ clauses: ['8.6'], kinds: ['modal'] }))).toEqual([]);
  });

  it('gives an item the same option order in any quiz of the same seed', () => {
    const all = pickQuiz(items, config({ count: 50 }));
    const narrow = pickQuiz(items, config({ count: 50, kinds: [all[0]!.item.kind] }));
    const same = narrow.find((q) => q.item.id === all[0]!.item.id);
    if (same) expect(same.order).toEqual(all[0]!.order);
    expect(questionOf(all[0]!.item, 'class1').order).toEqual(all[0]!.order);
  });

  it('maps the right answer through the shown order, and keeps fixed orders', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z0-9]{1,8}$/), (seed) => {
        for (const q of pickQuiz(items, config({ seed, count: 30 }))) {
          expect(q.order[q.correct]).toBe(q.item.answer);
          expect([...q.order].sort()).toEqual(q.item.options.map((_, i) => i));
          if (q.item.fixedOrder) expect(q.order).toEqual(q.item.options.map((_, i) => i));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('shuffles options of items that are not in a fixed order', () => {
    const shuffledSome = pickQuiz(items, config({ count: 50, kinds: ['clause'] })).some((q) => q.correct !== 0);
    expect(shuffledSome).toBe(true);
  });
});

describe('address', () => {
  it('round-trips a quiz', () => {
    const c = config({ clauses: ['5.2', '6.3'], kinds: ['key'], difficulties: [3], count: 7 });
    const query = quizQuery(c);
    expect(query).toBe('?seed=class1&n=7&clause=5.2,6.3&kind=key&difficulty=3');
    expect(parseQuizQuery(query, clauses)).toEqual({ config: c, problems: [] });
    expect(quizQuery(config())).toBe('?seed=class1&n=10');
  });

  it('names what it ignores and keeps the rest', () => {
    const { config: c, problems } = parseQuizQuery(
      '?seed=abc&n=500&clause=5.2,9.9&kind=essay,key&difficulty=4',
      clauses,
    );
    expect(c).toEqual(config({ seed: 'abc', clauses: ['5.2'], kinds: ['key'] }));
    expect(problems).toEqual([
      { kind: 'clause', value: '9.9' },
      { kind: 'kind', value: 'essay' },
      { kind: 'difficulty', value: '4' },
      { kind: 'count', value: '500' },
    ]);
    expect(parseQuizQuery('?seed=<script>', clauses)).toEqual({
      config: undefined,
      problems: [{ kind: 'seed', value: '<script>' }],
    });
    expect(parseQuizQuery('', clauses)).toEqual({ config: undefined, problems: [] });
  });
});

describe('scoring', () => {
  const questions = pickQuiz(items, config({ count: 4 }));
  const right = (i: number) => questions[i]!.correct;
  const wrongOf = (i: number) => (right(i) + 1) % questions[i]!.order.length;

  it('counts right answers, lists the wrong and unanswered ones in quiz order', () => {
    const answers = {
      [questions[0]!.item.id]: right(0),
      [questions[1]!.item.id]: wrongOf(1),
      [questions[3]!.item.id]: right(3),
    };
    const score = scoreQuiz(questions, answers);
    expect(score).toMatchObject({ correct: 2, total: 4, percent: 50, unanswered: 1 });
    expect(score.wrong.map((w) => [w.index, w.chosen])).toEqual([
      [1, wrongOf(1)],
      [2, undefined],
    ]);
  });

  it('rounds the percentage and handles an empty quiz', () => {
    const three = questions.slice(0, 3);
    expect(scoreQuiz(three, { [three[0]!.item.id]: three[0]!.correct }).percent).toBe(33);
    expect(scoreQuiz([], {})).toMatchObject({ correct: 0, total: 0, percent: 0, wrong: [] });
  });
});

describe('model', () => {
  const model = (search = '') => createQuizModel({ items, clauses, search, newSeed: () => 'fresh1' });

  it('opens the quiz the address names', () => {
    const m = model('?seed=class1&n=5&kind=party');
    expect(m.config.value).toEqual(config({ count: 5, kinds: ['party'] }));
    expect(m.questions.value.map((q) => q.item.id)).toEqual(ids(config({ count: 5, kinds: ['party'] })));
    expect(m.draft.value).toMatchObject({ seed: 'class1', count: '5', kinds: ['party'] });
    expect(m.query.value).toBe('?seed=class1&n=5&kind=party');
  });

  it('without a seed shows only the setup, with a fresh seed', () => {
    const m = model();
    expect(m.config.value).toBeUndefined();
    expect(m.questions.value).toEqual([]);
    expect(m.draft.value.seed).toBe('fresh1');
    expect(m.available.value).toBe(items.length);
  });

  it('starts a quiz from the setup, filters kept in canonical order', () => {
    const m = model();
    m.toggle('kinds', 'scenario', true);
    m.toggle('kinds', 'clause', true);
    m.toggle('clauses', '6.3', true);
    m.toggle('clauses', '5.2', true);
    m.toggle('difficulties', 3, true);
    m.toggle('difficulties', 3, false);
    m.setDraft({ count: '3' });
    expect(m.available.value).toBe(
      filterItems(items, { clauses: ['5.2', '6.3'], kinds: ['clause', 'scenario'], difficulties: [] }).length,
    );
    expect(m.start()).toBe(true);
    expect(m.query.value).toBe('?seed=fresh1&n=3&clause=5.2,6.3&kind=clause,scenario');
    expect(m.questions.value).toHaveLength(3);
  });

  it('refuses a setup it cannot start, and says why', () => {
    const m = model();
    m.setDraft({ seed: 'no spaces' });
    expect(m.setupProblem.value).toBe('seed');
    expect(m.start()).toBe(false);
    expect(m.config.value).toBeUndefined();
    m.rollSeed();
    m.setDraft({ count: '0' });
    expect(m.setupProblem.value).toBe('count');
    m.setDraft({ count: '2.5' });
    expect(m.setupProblem.value).toBe('count');
    m.setDraft({ count: '5' });
    m.toggle('clauses', '8.6', true);
    m.toggle('kinds', 'modal', true);
    expect(m.setupProblem.value).toBe('empty');
    m.toggle('kinds', 'modal', false);
    expect(m.setupProblem.value).toBeUndefined();
  });

  it('takes answers, scores on hand-in, then ignores changes until retry', () => {
    const m = model('?seed=class1&n=3');
    const [q0, q1] = m.questions.value;
    m.choose(q0!.item.id, q0!.correct);
    m.choose(q1!.item.id, (q1!.correct + 1) % q1!.order.length);
    m.choose('not-an-item', 0);
    m.choose(q0!.item.id, 99);
    expect(m.answered.value).toBe(2);
    expect(m.result.value).toBeUndefined();
    m.submit();
    expect(m.result.value).toMatchObject({ correct: 1, total: 3, unanswered: 1 });
    expect(m.result.value!.wrong.map((w) => w.question.item.id)).toEqual([q1!.item.id, m.questions.value[2]!.item.id]);
    m.choose(q1!.item.id, q1!.correct);
    expect(m.result.value!.correct).toBe(1);
    m.retry();
    expect(m.answered.value).toBe(0);
    expect(m.result.value).toBeUndefined();
  });

  it('follows back and forward; the same quiz keeps its answers', () => {
    const m = model('?seed=class1&n=3');
    const q0 = m.questions.value[0]!;
    m.choose(q0.item.id, q0.correct);
    m.applyQuery('?seed=class1&n=3');
    expect(m.answered.value).toBe(1);
    m.applyQuery('?seed=other&n=4&clause=bad');
    expect(m.config.value).toEqual(config({ seed: 'other', count: 4 }));
    expect(m.addressProblems.value).toEqual([{ kind: 'clause', value: 'bad' }]);
    expect(m.answered.value).toBe(0);
    m.applyQuery('');
    expect(m.config.value).toBeUndefined();
  });

  it('letters options A, B, C…', () => {
    expect([0, 1, 2, 3].map(optionLetter)).toEqual(['A', 'B', 'C', 'D']);
  });
});

describe('bank file', () => {
  it('accepts the bank of the page’s language only, naming what is wrong', () => {
    const raw = JSON.parse(JSON.stringify(bank)) as { items: LocalQuizItem[] };
    expect(parseQuizBank(raw, 'en').items).toHaveLength(items.length);
    expect(() => parseQuizBank(raw, 'zh-CN')).toThrow('locale: is en, not zh-CN');
    const broken = { ...raw, items: [{ ...raw.items[0]!, answer: 9 }] };
    expect(() => parseQuizBank(broken, 'en')).toThrow(/^items\.0\.answer: /);
    expect(() => parseQuizBank(null, 'en')).toThrow(/^\(file\): /);
  });
});

describe('strings', () => {
  it('are complete in both languages, with the same placeholders', () => {
    const zh = QUIZ_DICTIONARIES['zh-CN'];
    const en = QUIZ_DICTIONARIES.en;
    expect(Object.keys(en).sort()).toEqual(Object.keys(zh).sort());
    const holes = placeholderNames;
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(zh[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(holes(en[key]), key).toEqual(holes(zh[key]));
    }
  });
});
